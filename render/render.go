// Package render writes timelines and date mentions in output formats.
// STUB: helper replaces.
package render

import (
	"errors"
	"io"
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/timeline"
)

// Markdown writes t as a CommonMark document.
func Markdown(w io.Writer, t *timeline.Timeline) error { return errors.New("not implemented") }

// JSON writes t as the versioned JSON timeline format.
func JSON(w io.Writer, t *timeline.Timeline) error { return errors.New("not implemented") }

// MentionRecord is the JSON form of one date mention.
type MentionRecord struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod"`
	Grain string `json:"grain"`
	Rule  string `json:"rule"`
}

// Mentions converts mentions to their JSON records.
func Mentions(ms []dates.Mention) []MentionRecord { return nil }

// DatesJSON writes {"published","mentions":[...]}.
func DatesJSON(w io.Writer, published time.Time, ms []dates.Mention) error {
	return errors.New("not implemented")
}

// DatesText writes one human-readable line per mention.
func DatesText(w io.Writer, text string, ms []dates.Mention) error {
	return errors.New("not implemented")
}

// Label returns a human date label that keeps the value's grain.
func Label(v dates.Value) string { return "" }
