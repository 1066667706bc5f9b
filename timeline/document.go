package timeline

import (
	"errors"
	"time"

	"github.com/timelinehq/timeline/internal/sentence"
)

// Document is one article ready for Build. STUB: helper replaces this file.
type Document struct {
	ID        string    // front matter id, else the path
	Path      string    // as given by the user; "-" for stdin
	Title     string    // front matter title, else first heading / first short line
	URL       string    // front matter url, may be empty
	Source    string    // front matter source (outlet name), may be empty
	Published time.Time // front matter published/date (midnight UTC); zero if unknown
	// Text is the body after the front matter. All byte offsets (sentence
	// spans, citations) refer to it.
	Text string
	// Sentences are the sentence spans of Text that are article text, in order;
	// boilerplate lines ("Share", "Advertisement") and photo captions are not
	// among them.
	Sentences []sentence.Span
	// TitleSpan is the span of the title line in Text, if the title came from
	// the body; zero otherwise.
	TitleSpan sentence.Span
	// Skipped lists the lines of Text that are not article text, with why.
	Skipped []Skip
}

// Skip is a span of Text left out of the article text, with the reason.
type Skip struct {
	sentence.Span
	Reason string // "boilerplate", "caption", "title"...
}

// ReadDocument parses an article: optional YAML front matter, then plain
// text or Markdown. STUB.
func ReadDocument(path string, data []byte) (*Document, error) {
	return nil, errors.New("not implemented")
}
