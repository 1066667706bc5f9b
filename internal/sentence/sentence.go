// Package sentence splits news text into sentences. STUB: helper replaces.
package sentence

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// Split returns the sentence spans of text in order.
func Split(text string) []Span {
	if text == "" {
		return nil
	}
	return []Span{{0, len(text)}}
}
