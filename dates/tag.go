package dates

import "time"

// DocType says how relative phrases are anchored.
type DocType int

const (
	// News anchors relative phrases ("last month", "Friday") to the
	// publication date.
	News DocType = iota
	// Narrative anchors relative phrases to the most recent date mentioned
	// before them (histories, Wikipedia).
	Narrative
)

// Tagger finds and resolves temporal expressions. A Tagger is safe for
// concurrent use; build it once with New.
type Tagger struct {
	rules []*Rule
}

// Tag returns every temporal expression in text, resolved against anchor
// (the publication date), sorted by start offset and non-overlapping.
func (t *Tagger) Tag(text string, anchor time.Time) []Mention {
	return t.TagDoc(text, anchor, News)
}

// TagDoc is Tag with an explicit document type. STUB.
func (t *Tagger) TagDoc(text string, anchor time.Time, doc DocType) []Mention { return nil }

// New returns a Tagger with the built-in rules. STUB.
func New() *Tagger { return &Tagger{} }

// Rule is a named temporal-expression rule. STUB.
type Rule struct{ Name string }
