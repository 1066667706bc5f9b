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
		return sign * spanDays(b.expr.Period), true
	}
	return 0, false
}

// spanDays returns the whole days of an ISO 8601 length of days or weeks
// ("P1D" 1, "P2W" 14); 0 for any other length.
func spanDays(period string) int {
	if len(period) < 3 || period[0] != 'P' {
		return 0
	}
	n, err := strconv.Atoi(period[1 : len(period)-1])
	if err != nil {
		return 0
	}
	switch period[len(period)-1] {
	case 'D':
		return n
	case 'W':
		return 7 * n
	}
	return 0
}
