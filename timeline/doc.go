// Package timeline turns documents (news articles) into one ordered list of
// dated events. Each DATE or TIME mention that the dates package finds dates
// the sentence it stands in; the article's lead is an event on the
// publication date. Events are ordered by interval start, interval end, then
// document order, and carry a citation back to their sentence.
package timeline
