package dates

import (
	"strings"
	"sync"

	"github.com/timelinehq/timeline/internal/sentence"
)

// fullDates remembers the years a text gave its dates in full ("an email on
// Feb. 14, 2023"), so that a later month and day that repeat one take its
// year rather than the one tense gives: "the day after the Feb. 14 email"
// is 2023-02-14 in a story of 2026, and "the February email" 2023-02.
// News gives the year of a date once and leaves it off when the date comes
// back. A month alone takes the year only before a noun, after "the" ("the
// February email"): "in February" on its own is more often another
// February. The zero value is empty.
type fullDates struct {
	days   []fullDate // month and day, with the year given
	months []fullDate // month, with the year given (Day 0)
	// frame is the year that "In 2019," opens a clause with, and the
	// sentence and offset where it ends (frameYear).
	frame     int
	frameSent sentence.Span
	frameEnd  int
}

// fullDate is a month (and day) that the text dated with a year.
type fullDate struct{ year, month, day int }

// add notes e, a phrase of the text, when it gives a month (and a day)
// with its year: "Feb. 14, 2023", "February 2023". A later date of that
// month and day (or month) replaces an earlier one.
func (r *fullDates) add(e *Expr) {
	if e.Kind != Calendar || e.Year == 0 || e.BC || e.RelYear || e.Month == 0 || e.Weekday != 0 && e.Day == 0 {
		return
	}
	switch e.Grain {
	case GrainDay:
		r.days = setFullDate(r.days, fullDate{e.Year, e.Month, e.Day})
		r.months = setFullDate(r.months, fullDate{e.Year, e.Month, 0})
	case GrainMonth:
		r.months = setFullDate(r.months, fullDate{e.Year, e.Month, 0})
	}
}

// frameYear notes c, a phrase of the text low, when it is a year after "in"
// that opens its sentence or a clause after "and", "but" (data/
// clause_joins.txt), with or without a comma ("and in 2023 it was delayed
// till June 8"), or before a comma and a clause of "when", "as"
// ... (subordinator), which it frames: "In 2019, von der Leyen was
// confirmed by nine votes on July 16", "the longest delay came in 2010,
// when the budget was not completed until Aug. 3". A month or a day after
// it in its sentence lies in that year (yearOf); not after a year in a list:
// "2.1% in 2025, up from its June forecasts". So does a year before the
// noun of a scheduled event (data/event_nouns.txt): "France will host the
// 2026 summit in Evian in June" is 2026-06.
func (r *fullDates) frameYear(c *candidate, low string) {
	e := &c.expr
	if e.Kind != Calendar || e.Grain != GrainYear || e.Year == 0 || e.BC || e.RelYear || c.end >= len(low) {
		return // most phrases
	}
	if low[c.end] == ' ' && lex().eventNoun[wordAt(low, c.end+1)] {
		r.frame, r.frameSent, r.frameEnd = e.Year, c.sent, c.end // "will host the 2026 summit in Evian in June"
		return
	}
	if low[c.end] != ',' && low[c.end] != ' ' {
		return
	}
	i, j := wordEndingBefore(low, c.start)
	if low[i:j] != "in" || i < c.sent.Start {
		return
	}
	opens := strings.TrimSpace(low[c.sent.Start:i]) == "" // "In 2019, ..."
	if k, l := wordEndingBefore(low, i); !opens && k < l && l <= i {
		opens = clauseJoins()[low[k:l]] && strings.TrimSpace(low[l:i]) == "" // "..., and in 2023 it was delayed till June 8"
	}
	if low[c.end] == ' ' {
		if opens && !clauseJoins()[wordAt(low, c.end+1)] && !isNumber(wordAt(low, c.end+1)) { // not "in 2009 and 2010"
			r.frame, r.frameSent, r.frameEnd = e.Year, c.sent, c.end // "In 2009 the monsoon arrived on May 23"
		}
		return
	}
	if opens || subordinator[wordAt(low, c.end+1)] { // "in 2010, when ..."
		r.frame, r.frameSent, r.frameEnd = e.Year, c.sent, c.end
	}
}

// clauseJoins holds data/clause_joins.txt, the words that join a clause to
// the one before ("and", "but").
var clauseJoins = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	if err := eachLine("clause_joins.txt", func(f []string) error { set[f[0]] = true; return nil }); err != nil {
		panic(err) // the embedded data is part of the binary; tests cover it
	}
	return set
})

// setFullDate puts d in list in place of an entry of its month and day.
func setFullDate(list []fullDate, d fullDate) []fullDate {
	for i := range list {
		if list[i].month == d.month && list[i].day == d.day {
			list[i] = d
			return list
		}
	}
	return append(list, d)
}

// some reports whether the text gave a month or a year frame before: only
// then may yearOf give a year.
func (r *fullDates) some() bool { return r.frame != 0 || len(r.months) > 0 }

// yearOf returns the year of the full date that e, a month and day or a
// month without a year at [start, end) of low, repeats; 0 when it repeats
// none. A date before a noun of data/recurring_nouns.txt is this year's
// ("the March 11 anniversary"), whatever came before.
func (r *fullDates) yearOf(c *candidate, e *Expr, low string) int {
	start, end := c.start, c.end
	if r.frame != 0 && c.sent == r.frameSent && start > r.frameEnd && e.Kind == Calendar && e.Year == 0 && !e.RelYear &&
		e.Dir == DirAuto && e.Month != 0 && e.Weekday == 0 && (e.Grain == GrainDay || e.Grain == GrainMonth) {
		return r.frame // "In 2019, von der Leyen was confirmed on July 16": 2019-07-16
	}
	if len(r.months) == 0 || e.Kind != Calendar || e.Year != 0 || e.RelYear || e.Dir != DirAuto || e.Month == 0 ||
		e.Weekday != 0 || e.Nth != 0 || e.Easter || e.Days != 0 {
		return 0 // most dates: no full date before them, or one with a year or a direction
	}
	if recurringNouns()[wordAt(low, end)] {
		return 0
	}
	switch {
	case e.Grain == GrainDay && e.Day != 0:
		return findFullDate(r.days, e.Month, e.Day)
	case e.Grain == GrainMonth && e.Mod == ModNone && attributive(low, start, end):
		return findFullDate(r.months, e.Month, 0)
	}
	return 0
}

// findFullDate returns the year of the entry of list for month and day, or 0.
func findFullDate(list []fullDate, month, day int) int {
	for _, d := range list {
		if d.month == month && d.day == day {
			return d.year
		}
	}
	return 0
}

// attributive reports whether the phrase at [start, end) of low follows
// "the" and comes before a word: a month used as a noun's modifier, "the
// February email".
func attributive(low string, start, end int) bool {
	if i, j := wordEndingBefore(low, start); low[i:j] != "the" {
		return false
	}
	return strings.HasPrefix(low[end:], " ") && end+1 < len(low) && isWordByte(low[end+1])
}

// recurringNouns holds data/recurring_nouns.txt.
var recurringNouns = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	if err := eachLine("recurring_nouns.txt", func(f []string) error { set[f[0]] = true; return nil }); err != nil {
		panic(err) // the embedded data is part of the binary; tests cover it
	}
	return set
})

// sequelBefore reads back from a month "the following", "the previous" or
// "the preceding" (the words of a sequel, as the weekday rule reads them): the month after or before
// the last date the text named, not the publication date: "an audit flagged
// the transfers on Oct. 3, 2022. He was indicted the following February" is
// 2023-02. It returns where the phrase starts and the direction; ok is
// false when before ends in no such words.
func sequelBefore(before string) (at int, dir Dir, ok bool) {
	if n := len(before); n < len("the previous ") || before[n-1] != ' ' || before[n-2]|0x20 != 'g' && before[n-2]|0x20 != 's' {
		return 0, DirAuto, false // most months: no word in -g or -s before them ("following", "preceding", "previous")
	}
	w, rest := lastWord(before)
	switch {
	case len(w) < len("previous"):
		return 0, DirAuto, false // most months: a shorter word or none before them
	case foldEq(w, "following"):
		dir = DirNext
	case foldEq(w, "previous"), foldEq(w, "preceding"):
		dir = DirLast
	default:
		return 0, DirAuto, false
	}
	if the, r := lastWord(rest); foldEq(the, "the") {
		return len(r), dir, true
	}
	return 0, DirAuto, false
}
