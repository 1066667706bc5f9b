package dates

// A day and then "at" and a time of day are one TIME, as TimeBank marks "9
// a.m. EST Tuesday" and "Friday at 3 p.m.": "moved to Monday, Dec. 4, at 7
// p.m.", "on Aug. 25 at 9 a.m.". The time_of_day rule reads a weekday
// before the time itself ("Friday at 3 p.m."); joinDayAtTime joins the
// rest, a date of any rule that a time without its day follows.

// joinDayAtTime returns kept, the settled candidates of text in text
// order, with each day followed by "at" (or ", at") and a time of day
// without its day joined to that time: one candidate of the time's rule,
// the day at that time. It works in place, and moves candidates (which
// are large) only after a first join.
func joinDayAtTime(text string, kept []candidate) []candidate {
	first := 0 // the first day that a time follows: most texts have none, and keep all in place
	for first+1 < len(kept) && !kept[first+1].expr.Clock {
		first++
	}
	if first+1 >= len(kept) {
		return kept
	}
	n := first // kept[:n] are done
	for k := first; k < len(kept); k++ {
		if k+1 < len(kept) && kept[k+1].expr.Clock && dayAtTime(text, &kept[k], &kept[k+1]) {
			c, t := &kept[k], &kept[k+1]
			c.expr.Clock, c.expr.Hour, c.expr.Minute = true, t.expr.Hour, t.expr.Minute
			c.end, c.rule = t.end, t.rule
			if n != k {
				kept[n] = *c
			}
			n, k = n+1, k+1
			continue
		}
		if n != k {
			kept[n] = kept[k]
		}
		n++
	}
	return kept[:n]
}

// dayAtTime reports whether d, a plain day ("Monday, Dec. 4", "Aug. 25",
// "Friday"), and t, a time of day without its day, stand in one sentence
// with only "at" between them, after a date's closing comma or none.
func dayAtTime(text string, d, t *candidate) bool {
	e := &d.expr
	if d.sent != t.sent || !t.expr.Clock || !t.expr.Floating || e.Kind != Calendar || e.Grain != GrainDay || e.Clock ||
		e.PartOfDay != "" || e.Mod != ModNone || e.WeekOf || e.WeekendOf || e.SameMonth || e.Day == 0 && e.Weekday == 0 {
		return false
	}
	s := text[d.end:t.start]
	if s != "" && s[0] == ',' {
		if e.Day == 0 {
			return false // "close early on Wednesday, at 5 p.m.": the time set off, a phrase of its own
		}
		s = s[1:] // "Monday, Dec. 4, at 7 p.m.": the comma closes the date, as AP writes it
	}
	i := skipRegexpSpace(s, 0)
	if i == 0 || len(s)-i < len("at ") || !hasPrefixFold(s[i:], "at") {
		return false
	}
	j := i + len("at")
	return j < len(s) && skipRegexpSpace(s, j) == len(s) && skipRegexpSpace(s, j) > j
}
