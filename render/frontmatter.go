package render

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/timelinehq/timeline/timeline"
)

// frontMatter is what static site generators (Hugo, Jekyll) read from the
// top of a Markdown page.
type frontMatter struct {
	Title       string   `yaml:"title"`
	Date        string   `yaml:"date,omitempty"`
	Description string   `yaml:"description"`
	Sources     []string `yaml:"sources,flow"`
	Generator   string   `yaml:"generator"`
}

// MarkdownWithFrontMatter writes t as Markdown preceded by YAML front
// matter: title, date (the latest publication date of the sources),
// description, the source ids and the generator, so a Hugo or Jekyll site
// can publish the page as it is.
func MarkdownWithFrontMatter(w io.Writer, t *timeline.Timeline) error {
	if t == nil {
		t = &timeline.Timeline{}
	}
	fm := frontMatter{Title: collapse(t.Title), Generator: "timeline", Sources: []string{}}
	if fm.Title == "" {
		fm.Title = "Timeline"
	}
	var latest time.Time
	for _, s := range t.Sources {
		fm.Sources = append(fm.Sources, s.ID)
		if s.Published.After(latest) {
			latest = s.Published
		}
	}
	if !latest.IsZero() {
		fm.Date = latest.Format("2006-01-02")
	}
	fm.Description = fmt.Sprintf("%d dated events from %d sources", len(t.Events), len(t.Sources))
	if len(t.Sources) == 1 {
		fm.Description = fmt.Sprintf("%d dated events from 1 source", len(t.Events))
	}
	var buf bytes.Buffer
	buf.WriteString("---\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(fm); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	buf.WriteString("---\n\n")
	if _, err := w.Write(buf.Bytes()); err != nil {
		return err
	}
	return Markdown(w, t)
}
