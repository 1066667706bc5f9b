package timeline

import (
	"time"

	"github.com/timelinehq/timeline/dates"
)

// Timeline is the ordered result of Build.
type Timeline struct {
	Title   string
	Sources []Source
	Events  []Event
}

// Source describes one input document.
type Source struct {
	ID        string    // stable id: front matter id, JSON-lines id, or file path
	Title     string    // article title, may be empty
	Published time.Time // publication date (the anchor), midnight UTC
	Path      string    // file path as given by the user ("-" for stdin), may be empty
	URL       string    // may be empty
}

// Event is one dated happening: a sentence (or clause) of a document and the
// temporal expression that dates it.
type Event struct {
	ID   string // stable within a timeline: "e1", "e2" ... in output order
	When When
	Text string // the sentence text, whitespace collapsed
	// Expected marks events the text places after the publication date
	// (future tense or FUTURE_REF).
	Expected bool
	Source   Citation
}

// When is the resolved date of an event and the phrase that gave it.
type When struct {
	dates.Value
	Phrase string // the phrase as written ("late August"); empty for the lead
	Rule   string // the rule that found the phrase, or "lead"
}

// Citation points back to the sentence an event came from.
type Citation struct {
	Doc        string // Source.ID
	Sentence   int    // 1-based index of the sentence in the document
	Start, End int    // byte offsets of the sentence in Document.Text
}
