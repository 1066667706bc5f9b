package dates

// Day tails are the later days of a range or a list that follow a month and
// day: "April 24 and [25]", "Aug. 24-[26]", "from Aug. 1 to [5]", "Oct. 3,
// [4] and [5]", "March 5-[9, 1918]". TimeML and TIMEX2 annotate each day as
// an expression of its own, the later ones written as a bare number in the
// month (and year) of the first; a timeline needs them too: talks held "on
// Sept. 8 and 9" met on both days. The month_day rule reads the first day;
// addDayTails reads the rest from the text after it, since one match of a
// rule gives one expression.

// maxDayTails is the most days read after a first one: "Oct. 3, 4, 5, 6 and 7".
const maxDayTails = 8

// A dayTail is one later day of a range or list, at [start, end) of the
// text after the day before it; year is set when a year closes it ("9,
// 1918") and end then lies after the year.
type dayTail struct {
	start, end, day, year int
}

// joinKind is how a later day is joined to the one before it.
type joinKind uint8

const (
	joinDash  joinKind = iota + 1 // "-", "–", "—": a range whatever follows
	joinWord                      // "and", "or", "to", "through", "until", "till" (rangeJoins)
	joinComma                     // ",": a list, which "and" or "or" must close
)

// readDayTails reads the later days of a range or list from s, the text
// after a month and day whose day of the month is day, up to the end of
// its sentence. Each later day is greater than the one before it, and the
// days of a comma list count only when "and" or "or" closes the list. It
// returns how many it wrote to tails.
func readDayTails(s string, day int, tails *[maxDayTails]dayTail) int {
	n, closed, pos := 0, 0, 0
	for n < len(tails) {
		j, kind := dayJoinAt(s, skipRegexpSpace(s, pos))
		if j < 0 {
			break
		}
		k := skipRegexpSpace(s, j)
		d, e := dayNumberAt(s, k)
		if e < 0 || d <= day {
			break
		}
		t := dayTail{start: k, end: e, day: d}
		if y, ye := closingYear(s, e); ye > 0 {
			t.year, t.end = y, ye
		}
		if !dayTailFollows(s[t.end:], kind) {
			break
		}
		tails[n] = t
		n++
		if kind != joinComma {
			closed = n
		}
		if t.year != 0 {
			break // a year ends the range
		}
		day, pos = d, t.end
	}
	return closed
}

// dayJoinAt returns the end of the join of a later day at s[i:] and its
// kind, or -1: a join of rangeJoins, or a comma. A comma followed by "and"
// or "or" (", and 5") is a word join. A word join need not end its word
// here: a day number must follow it.
func dayJoinAt(s string, i int) (int, joinKind) {
	if i >= len(s) {
		return -1, 0
	}
	if s[i] == ',' {
		k := skipRegexpSpace(s, i+1)
		for _, w := range [...]string{"and", "or"} {
			if len(s)-k >= len(w) && hasPrefixFold(s[k:], w) {
				return k + len(w), joinWord // ", and 5", ", or 5"
			}
		}
		return i + 1, joinComma
	}
	e := joinEnd(s[i:], rangeJoins)
	switch {
	case e < 0:
		return -1, 0
	case isASCIILetter(s[i]):
		return i + e, joinWord
	}
	return i + e, joinDash
}

// dayNumberAt reads a day of the month at s[i:]: one or two digits, 1 to
// 31, with an ordinal suffix or none ("7th"), standing alone as a word. It
// returns the day and the end of its word, or -1.
func dayNumberAt(s string, i int) (day, end int) {
	j := i
	for j < len(s) && j-i < 3 && isDigit(s[j]) {
		day = day*10 + int(s[j]-'0')
		j++
	}
	if j == i || j-i > 2 || day < 1 || day > 31 {
		return 0, -1
	}
	if j+2 <= len(s) {
		switch suffix := s[j : j+2]; suffix {
		case "st", "nd", "rd", "th":
			j += 2
		}
	}
	if j < len(s) && isWordByte(s[j]) {
		return 0, -1 // "5am", "24x"
	}
	return day, j
}

// closingYear reads a year that closes a range at s[i:] (", 1918" or
// " 1918"): its value and the end of its digits, or -1.
func closingYear(s string, i int) (year, end int) {
	k := i
	if k < len(s) && s[k] == ',' {
		k++
	}
	j := skipRegexpSpace(s, k)
	if j == i || j+4 > len(s) || s[j] != '1' && s[j] != '2' {
		return 0, -1
	}
	for _, c := range []byte(s[j : j+4]) {
		if !isDigit(c) {
			return 0, -1
		}
		year = year*10 + int(c-'0')
	}
	if e := j + 4; e < len(s) && (isWordByte(s[e]) || (s[e] == ',' || s[e] == '.') && e+1 < len(s) && isDigit(s[e+1])) {
		return 0, -1 // "19180", "1,918.5"
	}
	return year, j + 4
}

// dayTailFollows reports whether rest, the text after a later day of kind
// kind, lets the number be a day: not a part of a larger number ("5.5",
// "5:30", "5%"); after a comma, the list must go on; after a word join, the
// next word must be one of data/day_tail_follow.txt; after a dash, anything
// but a time of day.
func dayTailFollows(rest string, kind joinKind) bool {
	if rest == "" {
		return kind != joinComma
	}
	switch c := rest[0]; {
	case c == '%':
		return false
	case c == ',' || c == '-' || c == '.' || c == ':' || c == '/':
		if len(rest) > 1 && isDigit(rest[1]) {
			return false // "5.5", "5:30", "5/8"
		}
		if kind == joinComma {
			return c == ','
		}
		return true
	case !isWordByte(c) && c != ' ' && c != '\t' && c != '\n' && c != '\r':
		return kind != joinComma // ")", ";", a quote
	}
	i := skipRegexpSpace(rest, 0)
	if j, _ := dayJoinAt(rest, i); j >= 0 {
		return true // the list goes on: "3, 4 and 5"
	}
	if kind == joinComma {
		return false
	}
	w := wordAt(rest, i)
	if w == "" {
		return kind == joinDash
	}
	lw := norm(w)
	if kind == joinDash {
		return !timeOfDayWord(lw)
	}
	return lex().dayTailFollow[lw]
}

// timeOfDayWord reports whether the lower-case word w, following a number,
// makes it a time of day: "5 p.m.", "5 pm", "5 o'clock".
func timeOfDayWord(w string) bool {
	switch w {
	case "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock", "o’clock", "a", "p":
		return true
	}
	return false
}

// dayTailHead reports whether e, a month and day as month_day reads it,
// may begin a range or list of days: a plain date, not "the week of Aug.
// 22" or "July 25 of that year".
func dayTailHead(e *Expr) bool {
	return e.Grain == GrainDay && e.Day > 0 && e.Month > 0 && !e.WeekOf && !e.WeekendOf && !e.Anaphoric
}

// addDayTails returns kept, the settled candidates of text in text order,
// with the later days of ranges and lists after the month_day candidates
// among them (see readDayTails). A later day takes the place of a shorter
// candidate it covers (the year of "9, 1918"); where it would overlap
// another, the days from it on are left out. room is spare room for the
// result; most texts have no range, and kept is then returned as it is.
func (t *Tagger) addDayTails(text string, kept, room []candidate) (out, spare []candidate) {
	var tails [maxDayTails]dayTail
	out = kept
	copied := false
	for i := 0; i < len(kept); i++ {
		c := &kept[i]
		if c.rule != t.monthDay || !dayTailHead(&c.expr) || c.end >= c.sent.End {
			if copied {
				out = append(out, *c)
			}
			continue
		}
		n := readDayTails(text[c.end:c.sent.End], c.expr.Day, &tails)
		// the candidates a later day covers are dropped; one it overlaps
		// in part ends the range before that day
		next, fit := i+1, 0
		for ; fit < n; fit++ {
			start, end := c.end+tails[fit].start, c.end+tails[fit].end
			j := next
			for j < len(kept) && kept[j].start < end && kept[j].start >= start && kept[j].end <= end {
				j++
			}
			if j < len(kept) && kept[j].start < end {
				break
			}
			next = j
		}
		n = fit
		if n == 0 {
			if copied {
				out = append(out, *c)
			}
			continue
		}
		if !copied {
			out, copied = append(room[:0], kept[:i]...), true
		}
		out = append(out, *c)
		for k := range n {
			tl := tails[k]
			e := Expr{Kind: Calendar, Grain: GrainDay, Month: c.expr.Month, Day: tl.day, Year: c.expr.Year, BC: c.expr.BC, SameMonth: true}
			if tl.year != 0 {
				e.Year, e.BC = tl.year, false
			}
			out = append(out, candidate{start: c.end + tl.start, end: c.end + tl.end, rule: c.rule, lead: c.start, expr: e, sent: c.sent})
		}
		i = next - 1 // the covered candidates are skipped
	}
	if !copied {
		return kept, room
	}
	return out, kept[:0]
}
