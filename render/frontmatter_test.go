package render_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

func TestMarkdownWithFrontMatter(t *testing.T) {
	tl := &timeline.Timeline{
		Title: `Talks: "Geneva" #1`,
		Sources: []timeline.Source{
			{ID: "a", Published: time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)},
			{ID: "b: c", Published: time.Date(2016, 9, 10, 0, 0, 0, 0, time.UTC)},
		},
	}
	var buf bytes.Buffer
	if err := render.MarkdownWithFrontMatter(&buf, tl); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, "---\n") {
		t.Fatalf("no front matter:\n%s", out)
	}
	end := strings.Index(out[4:], "\n---\n")
	if end < 0 {
		t.Fatalf("front matter not closed:\n%s", out)
	}
	var fm map[string]any
	if err := yaml.Unmarshal([]byte(out[4:4+end]), &fm); err != nil {
		t.Fatalf("front matter is not YAML: %v\n%s", err, out)
	}
	if fm["title"] != tl.Title || fm["date"] != "2016-09-10" || len(fm["sources"].([]any)) != 2 {
		t.Errorf("front matter %v", fm)
	}
	var plain bytes.Buffer
	_ = render.Markdown(&plain, tl)
	if !strings.HasSuffix(out, plain.String()) {
		t.Error("the Markdown after the front matter differs from Markdown's")
	}
}
