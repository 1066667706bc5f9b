// Package timeline turns documents (news articles) into one ordered list of
// dated events. Each DATE or TIME mention that the dates package finds dates
// the sentence it stands in; the article's lead is an event on the
// publication date. Each event carries the actors, place and kind of its
// sentence and a citation back to it.
//
// Events that several documents report are merged into one event citing
// each (Merge); Filter and TopDates pick events from a timeline. Events are
// ordered by interval start, interval end, then document (by publication
// date, then ID) and text order, so that the result does not depend on the
// order documents are given in.
//
// Corpus gathers documents from article files (ReadDocument), web pages
// (ReadHTML) and JSON-lines streams (NewDocument for each line), and keeps
// every input that cannot be used, with the reason, for Timeline.Skipped.
// Corpus.Read reads a large corpus on several goroutines, keeping only each
// document's source and events.
//
// A Partial is a timeline before merging: each document's events as Build
// finds them. Partials of parts of a corpus, built apart (Corpus.Stream,
// PartialWriter) and added up in any order and grouping (Partial.Add,
// ReadJSONL), give the timeline of the whole corpus (Partial.Timeline).
// Partials reads them for that timeline without gathering their events
// in one slice.
package timeline
