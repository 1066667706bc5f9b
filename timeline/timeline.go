package timeline

import (
	"time"

	"github.com/timelinehq/timeline/dates"
)

// Timeline is the ordered result of Build.
type Timeline struct {
	Title   string
	Sources []Source // the documents used, by publication date then ID
	Events  []Event
	// Skipped lists the inputs that could not be used, in path order (see
	// ComparePaths), with why: nothing given to build is left out silently.
	Skipped []SkippedDoc
}

// SkippedDoc is an input left out of a timeline.
type SkippedDoc struct {
	// Path says where the input came from: a file path as given, "-" for
	// standard input, "corpus.jsonl:7" for a line of a JSON-lines file, or
	// the document ID when it has no path.
	Path   string
	Reason string // why it was left out, and what to do about it
}

// Source describes one input document.
type Source struct {
	ID        string    // stable id: front matter id, JSON-lines id, or file path
	Title     string    // article title, may be empty
	Published time.Time // publication date (the anchor), midnight UTC
	Path      string    // file path as given by the user ("-" for stdin), may be empty
	URL       string    // may be empty
	// Events is the number of events of the timeline that cite the source
	// (after merging, filtering and --top-dates): how much it contributed.
	Events int
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
	// Source is the citation the event's When and Text come from: its only
	// citation, or for a merged event the one with the most precise date
	// (see Merge). Citations lists every article sentence that reports the
	// event, Source among them, sorted by document ID and sentence.
	Source    Citation
	Citations []Citation

	Actors []Actor // people, organisations and states taking part, normalised within the article
	Place  string  // where it happened when the text says so ("Geneva"); "" if unknown
	Kind   Kind    // what kind of diplomatic event it is

	// DateConflict is set when merged sources disagree on the date; it lists
	// each value with the number of citations giving it ("2016-08-26 (2),
	// 2016-08-25 (1)").
	DateConflict string
}

// Actor is a participant of an event.
type Actor struct {
	Name string // canonical name within the article: "John Kerry", "Russia", "United Nations"
	Role string // title or function when the text gives one: "US Secretary of State"
	Type string // "person", "organization" or "state"
}

// Kind is a diplomatic event kind with its CAMEO code; see the kinds data
// file of internal/kind for the set.
type Kind struct {
	Name  string // "negotiation", "visit", "ceasefire", ..., "other"
	CAMEO string // "046", "042", "0871", ...; "" for other
}

// When is the resolved date of an event and the phrase that gave it.
//
// A range of dates ("Oct. 3-4", "from Monday to Wednesday", "Sept. 8 and
// 9") is one When: Value is its first date's, but for End, the last
// instant of its last date; EndValue is the TIMEX3 value of its last date
// ("2026-10-04"), and Phrase covers both.
type When struct {
	dates.Value
	Phrase string // the phrase as written ("late August"); empty for the lead
	Rule   string // the rule that found the phrase, or "lead"
	// EndValue is, for a range, the TIMEX3 value of its last date, of the
	// type and grain of Value; "" for a single date.
	EndValue string
}

// IsRange reports whether w is a range of dates (EndValue is set).
func (w When) IsRange() bool { return w.EndValue != "" }

// Citation points back to the sentence an event came from.
type Citation struct {
	Doc        string // Source.ID
	Sentence   int    // 1-based index of the sentence in the document
	Start, End int    // byte offsets of the sentence in Document.Text
	Quote      string // the sentence text, whitespace collapsed
}
