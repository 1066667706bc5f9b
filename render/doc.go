// Package render writes timelines and date mentions for people and programs.
//
// Markdown writes a timeline as a CommonMark document: the sources, then the
// events in the order given, each under a date label that keeps the grain of
// the phrase that dated it ("late Aug. 2016", "week of Aug. 22, 2016") and
// with a citation back to its sentence. Article text is escaped so that it
// always reads as text, never as Markdown or HTML.
//
// JSON writes the same timeline in a versioned, stable format whose records
// (TimelineRecord, EventRecord, WhenRecord ...) ReadJSON decodes again.
//
// DatesJSON and DatesText show the raw date mentions of one text, for
// inspecting what the dates package found and which rule found it.
//
// The timeline writers (JSON, Markdown, HTML, CSV, ICS, TimelineJS) render
// the events of a large timeline, a thousand or more, in chunks on up to
// GOMAXPROCS goroutines and write them in order: the bytes are those of one
// goroutine, and a failed write stops them all before the writer returns.
// Smaller timelines are rendered on the caller's goroutine alone.
//
// Label is the date label on its own. Nothing in the package reads the clock
// or does I/O beyond writing to the io.Writer it is given.
package render
