package cmd

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/emersion/go-ical"
	"github.com/yuin/goldmark"

	"github.com/timelinehq/timeline/eval"
	"github.com/timelinehq/timeline/schema"
)

// TestExampleOutputsRead checks each example output with what reads that
// format: the JSON schema, a CSV reader, an iCalendar parser, a CommonMark
// parser and timeline eval for TimeML. (The HTML and TimelineJS outputs are
// loaded in Chromium by the render package's browser tests.)
func TestExampleOutputsRead(t *testing.T) {
	const dir = "../examples/geneva-2016/"
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(dir + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var merged struct {
		Events []json.RawMessage `json:"events"`
	}
	for _, name := range []string{"timeline.json", "merged.json"} {
		b := read(name)
		if err := schema.Validate(b); err != nil {
			t.Errorf("%s does not validate against the schema: %v", name, err)
		}
		if name == "merged.json" {
			if err := json.Unmarshal(b, &merged); err != nil {
				t.Fatal(err)
			}
		}
	}
	events := len(merged.Events)
	if events < 10 {
		t.Fatalf("merged.json has %d events", events)
	}

	rows, err := csv.NewReader(bytes.NewReader(read("merged.csv"))).ReadAll()
	if err != nil {
		t.Fatalf("merged.csv: %v", err)
	}
	if len(rows) != events+1 || rows[0][0] != "id" {
		t.Errorf("merged.csv: %d rows for %d events", len(rows), events)
	}

	cal, err := ical.NewDecoder(bytes.NewReader(read("merged.ics"))).Decode()
	if err != nil {
		t.Fatalf("merged.ics: %v", err)
	}
	vevents := cal.Events()
	if len(vevents) == 0 || len(vevents) > events {
		t.Errorf("merged.ics: %d events for %d timeline events", len(vevents), events)
	}
	for _, ev := range vevents {
		if _, err := ev.DateTimeStart(nil); err != nil {
			t.Errorf("merged.ics: event without a start: %v", err)
		}
	}

	var html bytes.Buffer
	if err := goldmark.Convert(read("merged.md"), &html); err != nil {
		t.Fatalf("merged.md: %v", err)
	}
	if !strings.Contains(html.String(), "<h1>") || strings.Count(html.String(), "<li>") < events {
		t.Errorf("merged.md does not render as a document with %d list items", events)
	}

	doc, err := eval.ReadFile(dir + "article.tml")
	if err != nil {
		t.Fatalf("article.tml: %v", err)
	}
	if len(doc.Gold) < 5 || doc.Anchor.Format("2006-01-02") != "2016-08-26" {
		t.Errorf("article.tml: %d TIMEX3, anchor %v", len(doc.Gold), doc.Anchor)
	}
}
