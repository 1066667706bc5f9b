package schema_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/schema"
	"github.com/timelinehq/timeline/timeline"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// fixture is a timeline with every field set: two sources, a skipped input,
// a merged event with actors, a place, a kind, two citations and a date
// conflict, a time, a duration-free reference and an expected event.
func fixture() *timeline.Timeline {
	cite := func(doc string, n int) timeline.Citation {
		return timeline.Citation{Doc: doc, Sentence: n, Start: 100 * (n - 1), End: 100*n - 2, Quote: fmt.Sprintf("Sentence %d.", n)}
	}
	fri := day(2016, 8, 26)
	return &timeline.Timeline{
		Title: "Syria talks",
		Sources: []timeline.Source{
			{ID: "geneva", Title: "Kerry and Lavrov meet in Geneva", Published: fri, Path: "geneva.md", URL: "https://example.com/geneva", Events: 3},
			{ID: "notes", Published: day(2016, 8, 29), Path: "notes.txt", Events: 1},
		},
		Skipped: []timeline.SkippedDoc{{Path: "empty.txt", Reason: "no dated sentences"}},
		Events: []timeline.Event{
			{
				ID: "e1",
				When: timeline.When{Value: dates.Value{Type: dates.Date, Value: "2016-08", Grain: dates.GrainMonth, Mod: dates.ModEnd,
					Start: day(2016, 8, 21), End: day(2016, 8, 31)}, Phrase: "late August", Rule: "month"},
				Text:         "Talks stalled in late August.",
				Source:       cite("geneva", 3),
				Citations:    []timeline.Citation{cite("geneva", 3), cite("notes", 2)},
				Actors:       []timeline.Actor{{Name: "John Kerry", Role: "US Secretary of State", Type: "person"}, {Name: "Russia", Type: "state"}},
				Place:        "Geneva",
				Kind:         timeline.Kind{Name: "negotiation", CAMEO: "046"},
				DateConflict: "2016-08 (1), 2016-09 (1)",
			},
			{
				ID:     "e2",
				When:   timeline.When{Value: dates.Value{Type: dates.Date, Value: "2016-08-26", Grain: dates.GrainDay, Start: fri, End: fri}, Rule: "lead"},
				Text:   "Kerry met Lavrov in Geneva.",
				Source: cite("geneva", 1),
			},
			{
				ID: "e3",
				When: timeline.When{Value: dates.Value{Type: dates.Time, Value: "2016-08-26T15:00", Grain: dates.GrainMinute,
					Start: fri.Add(15 * time.Hour), End: fri.Add(15*time.Hour + 59*time.Second)}, Phrase: "3 p.m.", Rule: "time_of_day"},
				Text:   "They spoke at 3 p.m.",
				Source: cite("geneva", 2),
			},
			{
				ID:       "e4",
				When:     timeline.When{Value: dates.Value{Type: dates.Date, Value: "FUTURE_REF", Future: true}, Phrase: "soon", Rule: "reference"},
				Text:     "Experts will meet soon.",
				Expected: true,
				Source:   cite("geneva", 4),
			},
			{
				ID: "e5",
				When: timeline.When{Value: dates.Value{Type: dates.Date, Value: "BC0480-08-02", Grain: dates.GrainDay,
					Start: day(-479, 8, 2), End: day(-479, 8, 2)}, Phrase: "2 August 480 BC", Rule: "era_year"},
				Text:   "Salamis was fought on 2 August 480 BC.",
				Source: cite("notes", 1),
			},
		},
	}
}

func TestValidateRenderJSON(t *testing.T) {
	for name, tl := range map[string]*timeline.Timeline{"fixture": fixture(), "empty": {}, "nil": nil} {
		var buf bytes.Buffer
		if err := render.JSON(&buf, tl); err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(buf.Bytes()); err != nil {
			t.Errorf("%s: render.JSON output does not validate: %v\n%s", name, err, buf.Bytes())
		}
	}
}

func TestValidateExample(t *testing.T) {
	data, err := os.ReadFile("../examples/geneva-2016/timeline.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(data); err != nil {
		t.Errorf("examples/geneva-2016/timeline.json does not validate: %v", err)
	}
}

// TestValidateOlder accepts a version 1 document written before actors,
// places, kinds, citations, source event counts and skipped inputs.
func TestValidateOlder(t *testing.T) {
	const doc = `{"version": 1, "title": "T",
		"sources": [{"id": "a", "title": "", "published": "2016-08-26", "path": "a.md", "url": ""}],
		"events": [{"id": "e1", "when": {"value": "2016-08", "type": "DATE", "grain": "month", "mod": "END",
			"start": "2016-08-21", "end": "2016-08-31", "phrase": "late August", "label": "late Aug. 2016", "rule": "month"},
			"text": "Talks stalled.", "expected": false, "source": {"doc": "a", "sentence": 2, "start": 10, "end": 24}}]}`
	if err := schema.Validate([]byte(doc)); err != nil {
		t.Error(err)
	}
}

// TestValidateRejects changes one thing at a time in a valid document.
func TestValidateRejects(t *testing.T) {
	var buf bytes.Buffer
	if err := render.JSON(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		change func(doc map[string]any)
		where  string // JSON pointer the error names
	}{
		{"no version", func(d map[string]any) { delete(d, "version") }, ""},
		{"version 2", func(d map[string]any) { d["version"] = 2 }, "/version"},
		{"unknown top-level property", func(d map[string]any) { d["generator"] = "x" }, ""},
		{"no events", func(d map[string]any) { delete(d, "events") }, ""},
		{"bad published", func(d map[string]any) { source(d, 0)["published"] = "26/08/2016" }, "/sources/0/published"},
		{"source events negative", func(d map[string]any) { source(d, 0)["events"] = -1 }, "/sources/0/events"},
		{"skipped without reason", func(d map[string]any) { delete(d["skipped"].([]any)[0].(map[string]any), "reason") }, "/skipped/0"},
		{"unknown event property", func(d map[string]any) { event(d, 0)["score"] = 1 }, "/events/0"},
		{"bad event id", func(d map[string]any) { event(d, 0)["id"] = "event-1" }, "/events/0/id"},
		{"expected as string", func(d map[string]any) { event(d, 0)["expected"] = "no" }, "/events/0/expected"},
		{"unknown grain", func(d map[string]any) { when(d, 0)["grain"] = "fortnight" }, "/events/0/when/grain"},
		{"unknown type", func(d map[string]any) { when(d, 0)["type"] = "EVENT" }, "/events/0/when/type"},
		{"unknown mod", func(d map[string]any) { when(d, 0)["mod"] = "LATE" }, "/events/0/when/mod"},
		{"bad start", func(d map[string]any) { when(d, 0)["start"] = "2016-08" }, "/events/0/when/start"},
		{"bad end", func(d map[string]any) { when(d, 0)["end"] = "2016-13-01" }, "/events/0/when/end"},
		{"no label", func(d map[string]any) { delete(when(d, 0), "label") }, "/events/0/when"},
		{"negative offset", func(d map[string]any) { event(d, 0)["source"].(map[string]any)["start"] = -3 }, "/events/0/source/start"},
		{"fractional sentence", func(d map[string]any) { event(d, 0)["source"].(map[string]any)["sentence"] = 1.5 }, "/events/0/source/sentence"},
		{"quote in source", func(d map[string]any) { event(d, 0)["source"].(map[string]any)["quote"] = "x" }, "/events/0/source"},
		{"unknown actor type", func(d map[string]any) { event(d, 0)["actors"].([]any)[0].(map[string]any)["type"] = "robot" }, "/events/0/actors/0/type"},
		{"actor as string", func(d map[string]any) { event(d, 0)["actors"] = []any{"John Kerry"} }, "/events/0/actors/0"},
		{"bad cameo", func(d map[string]any) { event(d, 0)["kind"].(map[string]any)["cameo"] = "negotiate" }, "/events/0/kind/cameo"},
		{"citation without quote", func(d map[string]any) { delete(event(d, 0)["citations"].([]any)[1].(map[string]any), "quote") }, "/events/0/citations/1"},
		{"date conflict as list", func(d map[string]any) { event(d, 0)["date_conflict"] = []any{"2016-08"} }, "/events/0/date_conflict"},
	} {
		var doc map[string]any
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		tc.change(doc)
		data, err := json.Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		err = schema.Validate(data)
		if err == nil {
			t.Errorf("%s: valid, want an error", tc.name)
			continue
		}
		var ve *jsonschema.ValidationError
		if !errors.As(err, &ve) {
			t.Errorf("%s: error %v is not a *jsonschema.ValidationError", tc.name, err)
			continue
		}
		if !strings.Contains(err.Error(), "'"+tc.where+"'") {
			t.Errorf("%s: error does not name %q:\n%v", tc.name, tc.where, err)
		}
	}
}

func source(d map[string]any, i int) map[string]any { return d["sources"].([]any)[i].(map[string]any) }
func event(d map[string]any, i int) map[string]any  { return d["events"].([]any)[i].(map[string]any) }
func when(d map[string]any, i int) map[string]any   { return event(d, i)["when"].(map[string]any) }

func TestValidateNotJSON(t *testing.T) {
	for _, data := range []string{"", "{", `{"version": 1} {}`, "null"} {
		if err := schema.Validate([]byte(data)); err == nil {
			t.Errorf("Validate(%q) = nil, want an error", data)
		}
	}
}

// TestGrains checks that the schema's grains are the names of dates.Grain.
func TestGrains(t *testing.T) {
	var s struct {
		ID   string `json:"$id"`
		Defs struct {
			When struct {
				Properties struct {
					Grain struct {
						Enum []string `json:"enum"`
					} `json:"grain"`
				} `json:"properties"`
			} `json:"when"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.JSON(), &s); err != nil {
		t.Fatal(err)
	}
	if s.ID != schema.ID {
		t.Errorf("$id = %q, want %q", s.ID, schema.ID)
	}
	var names []string
	for g := dates.GrainNone; ; g++ {
		if _, ok := dates.ParseGrain(g.String()); !ok {
			break
		}
		names = append(names, g.String())
	}
	if !slices.Equal(s.Defs.When.Properties.Grain.Enum, names) {
		t.Errorf("schema grains %q, want the grains of package dates %q", s.Defs.When.Properties.Grain.Enum, names)
	}
}

func ExampleValidate() {
	err := schema.Validate([]byte(`{"title": "T", "sources": [], "events": []}`))
	fmt.Println(err != nil)
	err = schema.Validate([]byte(`{"version": 1, "title": "T", "sources": [], "events": []}`))
	fmt.Println(err)
	// Output:
	// true
	// <nil>
}
