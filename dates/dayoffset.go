package dates

import (
	"strconv"
	"strings"
)

// daysBetween reports whether a length and "after" or "before" stand
// between the time of day c and the day cands[i] named after it in its
// sentence, so that the day is the one the length counts from, not c's own:
// "a plenary that began in the afternoon, nearly a day after the talks were
// scheduled to close on Friday" is Saturday afternoon. n is how many days c
// lies from that day: the length in whole days or weeks, after it positive,
// before it negative; 0 for a length of hours ("three hours after the vote
// on Friday": the same day, as far as the words tell). cands are in text
// order: it reads those between c and the day only.
func daysBetween(low string, cands []candidate, i int, c candidate) (n int, ok bool) {
	o := cands[i]
	for k := i - 1; k >= 0 && cands[k].start >= c.end; k-- {
		b := cands[k]
		if b.expr.Kind != Span {
			continue
		}
		var sign int
		switch rest := low[b.end:o.start]; {
		case strings.HasPrefix(rest, " after "):
			sign = 1
		case strings.HasPrefix(rest, " before "):
			sign = -1
		default:
			continue
		}
		n = sign * spanDays(b.expr.Period)
		if n == 0 {
			n = dayTurn(sign, &c.expr, &o.expr) // "in the afternoon, hours after ... Monday night": Tuesday's
		}
		return n, true
	}
	return 0, false
}

// dayTurn returns the day a time of day c lies from the day o of another
// time, by less than a day, on the side sign tells (after it 1, before it
// -1): the next day when c comes after o and is earlier in the day than o
// ("in the afternoon, hours after ... on Monday night"), the day before when
// c comes before o and is later in the day; else 0, o's own day.
func dayTurn(sign int, c, o *Expr) int {
	ch, ok := hourOf(c)
	oh, ok2 := hourOf(o)
	switch {
	case !ok || !ok2:
		return 0
	case sign > 0 && ch < oh:
		return 1
	case sign < 0 && ch > oh:
		return -1
	}
	return 0
}

// hourOf returns the hour of the day a time e stands for: its clock's, or
// the middle of its part of the day (morning 9, afternoon 15, evening 19,
// night 22); false for a day with neither.
func hourOf(e *Expr) (int, bool) {
	if e.Clock {
		return e.Hour, true
	}
	switch e.PartOfDay {
	case "MO":
		return 9, true
	case "MI":
		return 12, true
	case "AF":
		return 15, true
	case "EV":
		return 19, true
	case "NI":
		return 22, true
	}
	return 0, false
}

// spanDays returns the whole days of an ISO 8601 length of days, weeks or
// hours ("P1D" 1, "P2W" 14, "PT30H" 1); 0 for any other length, and for
// one of hours unknown ("PTXH").
func spanDays(period string) int {
	hours := strings.HasPrefix(period, "PT")
	digits := strings.TrimPrefix(strings.TrimPrefix(period, "P"), "T")
	if len(digits) < 2 {
		return 0
	}
	n, err := strconv.Atoi(digits[:len(digits)-1])
	if err != nil {
		return 0
	}
	switch unit := digits[len(digits)-1]; {
	case hours && unit == 'H':
		return n / 24
	case hours:
		return 0 // minutes, seconds
	case unit == 'D':
		return n
	case unit == 'W':
		return 7 * n
	}
	return 0
}
