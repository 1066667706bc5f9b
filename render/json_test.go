package render_test

import (
	"bytes"
	"encoding/json"
	"runtime"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

func TestJSONGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := render.JSON(&buf, sampleTimeline()); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "timeline.json.golden", buf.Bytes())
}

// TestJSONRoundTrip reads the output back and checks it against the
// timeline it came from.
func TestJSONRoundTrip(t *testing.T) {
	tl := sampleTimeline()
	var buf bytes.Buffer
	if err := render.JSON(&buf, tl); err != nil {
		t.Fatal(err)
	}
	rec, err := render.ReadJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Version != render.Version || rec.Title != tl.Title || len(rec.Sources) != len(tl.Sources) || len(rec.Events) != len(tl.Events) {
		t.Fatalf("ReadJSON = version %d, title %q, %d sources, %d events; want %d, %q, %d, %d",
			rec.Version, rec.Title, len(rec.Sources), len(rec.Events), render.Version, tl.Title, len(tl.Sources), len(tl.Events))
	}
	for i, e := range tl.Events {
		r := rec.Events[i]
		if r.ID != e.ID || r.Text != e.Text || r.Expected != e.Expected || r.When.Value != e.When.Value.Value ||
			r.When.Label != render.Label(e.When.Value) || r.Source.Doc != e.Source.Doc || r.Source.Sentence != e.Source.Sentence {
			t.Errorf("event %d: read back %+v from %+v", i, r, e)
		}
		if e.When.HasInterval() != (r.When.Start != "") {
			t.Errorf("event %d: start %q for an interval %v", i, r.When.Start, e.When.HasInterval())
		}
	}
}

func TestJSONEmpty(t *testing.T) {
	for _, tl := range []*timeline.Timeline{nil, {}} {
		var buf bytes.Buffer
		if err := render.JSON(&buf, tl); err != nil {
			t.Fatal(err)
		}
		const want = "{\n  \"version\": 1,\n  \"title\": \"\",\n  \"sources\": [],\n  \"skipped\": [],\n  \"events\": []\n}\n"
		if buf.String() != want {
			t.Errorf("JSON(%v) = %q, want %q", tl, buf.String(), want)
		}
	}
}

func TestReadJSONErrors(t *testing.T) {
	for _, in := range []string{
		``,
		`{"version": 2, "events": []}`,
		`{"version": "1"}`,
		`[]`,
	} {
		if rec, err := render.ReadJSON(strings.NewReader(in)); err == nil {
			t.Errorf("ReadJSON(%q) = %+v, want an error", in, rec)
		}
	}
	rec, err := render.ReadJSON(strings.NewReader(`{"version": 1, "future": true}`))
	if err != nil || rec.Sources == nil || rec.Events == nil {
		t.Errorf("ReadJSON of a minimal timeline = %+v, %v; want empty slices", rec, err)
	}
}

// TestJSONFieldOrder checks the documented key order of each record, which
// the golden file shows but does not name.
func TestJSONFieldOrder(t *testing.T) {
	var buf bytes.Buffer
	if err := render.JSON(&buf, mergedTimeline()); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"":                 {"version", "title", "sources", "skipped", "events"},
		"sources":          {"id", "title", "published", "path", "url", "events"},
		"skipped":          {"path", "reason"},
		"events":           {"id", "when", "text", "expected", "source", "actors", "place", "kind", "citations", "date_conflict"},
		"events.when":      {"value", "type", "grain", "mod", "start", "end", "phrase", "label", "rule"},
		"events.source":    {"doc", "sentence", "start", "end"},
		"events.actors":    {"name", "role", "type"},
		"events.kind":      {"name", "cameo"},
		"events.citations": {"doc", "sentence", "start", "end", "quote"},
	}
	got := map[string][]string{}
	dec := json.NewDecoder(&buf)
	var walk func(path string) error
	walk = func(path string) error {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'):
			var keys []string
			for dec.More() {
				k, _ := dec.Token()
				keys = append(keys, k.(string))
				sub := k.(string)
				if path != "" {
					sub = path + "." + sub
				}
				if err := walk(sub); err != nil {
					return err
				}
			}
			if _, seen := got[path]; !seen {
				got[path] = keys
			}
			_, err = dec.Token()
		case json.Delim('['):
			for dec.More() {
				if err := walk(path); err != nil {
					return err
				}
			}
			_, err = dec.Token()
		}
		return err
	}
	if err := walk(""); err != nil {
		t.Fatal(err)
	}
	for path, keys := range want {
		if strings.Join(got[path], ",") != strings.Join(keys, ",") {
			t.Errorf("keys of %q = %v, want %v", path, got[path], keys)
		}
	}
}

// TestJSONChunks checks the events written in chunks on several goroutines
// (JSON uses GOMAXPROCS of them) around the chunk size: the bytes are the
// same on one goroutine as on four, and are what encoding/json writes for
// the record read back.
func TestJSONChunks(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, n := range []int{0, 1, 255, 256, 257, 1000} {
		tl := bigTimeline(n)
		var one, four bytes.Buffer
		runtime.GOMAXPROCS(1)
		if err := render.JSON(&one, tl); err != nil {
			t.Fatal(err)
		}
		runtime.GOMAXPROCS(4)
		if err := render.JSON(&four, tl); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(one.Bytes(), four.Bytes()) {
			t.Errorf("%d events: JSON on four goroutines differs from JSON on one", n)
		}
		rec, err := render.ReadJSON(bytes.NewReader(one.Bytes()))
		if err != nil {
			t.Fatalf("%d events: %v", n, err)
		}
		if len(rec.Events) != n {
			t.Fatalf("%d events: read back %d", n, len(rec.Events))
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rec); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(one.Bytes(), want.Bytes()) {
			t.Errorf("%d events: JSON differs from encoding/json's encoding of the record read back", n)
		}
	}
}
