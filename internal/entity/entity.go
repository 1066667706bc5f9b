// Package entity finds the actors (people, organisations, states) and places
// of an article's sentences, normalised within the article. STUB: being
// written.
package entity

import "github.com/timelinehq/timeline/internal/sentence"

// Actor is a participant named in a sentence.
type Actor struct {
	Name string // canonical name within the article: "John Kerry", "Russia", "United Nations"
	Role string // title or function when the text gives one: "US Secretary of State"
	Type string // "person", "organization" or "state"
}

// Article holds what Analyze found in one article.
type Article struct{}

// Analyze reads an article's text and its sentence spans.
func Analyze(text string, sentences []sentence.Span) *Article { return &Article{} }

// Actors returns the actors named in sentence i (an index into the spans
// given to Analyze), in order of first mention, canonical names.
func (a *Article) Actors(i int) []Actor { return nil }

// Place returns where the event of sentence i happened when the text says
// so ("Geneva"), or "".
func (a *Article) Place(i int) string { return "" }

// Matches reports whether actor is the one a user asked for by query
// ("Kerry", "John Kerry", "Russia", "Moscow", "UN" ...), using aliases.
func Matches(actor Actor, query string) bool { return false }

// SameActor reports whether two actors (possibly from different articles)
// are the same: equal canonical names, or a person's surname matching.
func SameActor(a, b Actor) bool { return a.Name == b.Name }
