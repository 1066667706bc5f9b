// Dates of a sentence that name one happening from a first day to a last
// ("the Oct. 3-4 summit", "talks ran from Monday to Wednesday", "the
// meeting on Sept. 8 and 9"): the tagger gives a mention for each end, as
// TimeML does; the timeline makes one event of them.

package timeline

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/datafile"
	"github.com/timelinehq/timeline/internal/sentence"
	"github.com/timelinehq/timeline/internal/space"
)

//go:embed data/ranges.txt
var rangeData string

// rangeWords holds the sections of data/ranges.txt.
type rangeWords struct {
	span    map[string]bool // links that make a range of any two dates
	run     map[string]bool // links that make a run of consecutive days
	between map[string]bool // words before the first date that make "and" a span
	apart   map[string]bool // words before the first date that make a run no range
	moved   map[string]bool // words of moving a date: "postponed from Monday to Wednesday"
}

// rangeLexicon reads data/ranges.txt once.
var rangeLexicon = sync.OnceValue(func() *rangeWords {
	w := &rangeWords{span: map[string]bool{}, run: map[string]bool{}, between: map[string]bool{}, apart: map[string]bool{}, moved: map[string]bool{}}
	sections := map[string]map[string]bool{"span": w.span, "run": w.run, "between": w.between, "apart": w.apart, "moved": w.moved}
	for l := range datafile.Lines(rangeData) {
		sections[l.Section][strings.ToLower(l.Text)] = true
	}
	return w
})

// movedReach is how many words before "from" a word of moving may stand.
const movedReach = 4

// maxLink is the length of the longest link worth reading: the text
// between two dates of a range is a dash, a word or two.
const maxLink = 24

// rangeEnd returns the index of the last mention of the range of dates
// that mentions[k] begins in sentence sp of text, or k when it begins
// none. Mentions are in text order. A range is two dates joined by a link
// of data/ranges.txt: a span ("Oct. 3-4", "from Monday to Wednesday",
// "between March 3 and 5") or a run of consecutive days, or months or
// years ("Sept. 8 and 9", "March 3, 4 and 5", "in July and August"; not
// after "both": "in both 1990 and 1991"). Its dates are DATE or TIME
// mentions of one type and grain, without a modifier, each after the one
// before, and all past or all to come: "from Friday to Monday" resolved to a past Friday and a
// coming Monday reads the ends in two tenses, and stays two dates. Dates
// moved from one day to another ("postponed from Monday to Wednesday")
// are no range.
func rangeEnd(text string, mentions []dates.Mention, k int, sp sentence.Span) int {
	first := &mentions[k]
	if !rangeable(first) || k+1 >= len(mentions) {
		return k
	}
	w := rangeLexicon()
	end := k // the last date of the range so far
	for j := k; j+1 < len(mentions); j++ {
		a, b := &mentions[j], &mentions[j+1]
		if b.End > sp.End || !rangeable(b) || b.Type != first.Type || b.Grain != first.Grain ||
			b.Future != first.Future || !inOrder(a, b) {
			break
		}
		link := rangeLink(text[a.End:b.Start])
		switch {
		case j == k && (w.span[link] || link == "and" && afterWordOf(text, sp.Start, first.Start, w.between)):
			if movedFrom(text, sp.Start, first.Start, w) {
				return k
			}
			return k + 1 // a span has two ends
		case w.run[link] && a.Grain >= dates.GrainDay && dayOf(b.Value.Start).Equal(dayOf(a.Value.End).AddDate(0, 0, 1)) &&
			(j > k || !afterWordOf(text, sp.Start, first.Start, w.apart)):
			if link != "," {
				end = j + 1 // a run ends after "and", not after a comma
			}
		default:
			return end
		}
	}
	return end
}

// rangeable reports whether m may be an end of a range: a DATE or TIME
// with an interval and a grain, without a modifier.
func rangeable(m *dates.Mention) bool {
	return (m.Type == dates.Date || m.Type == dates.Time) && m.Mod == dates.ModNone &&
		m.Grain != dates.GrainNone && m.HasInterval()
}

// inOrder reports whether date b comes after date a, of the same grain:
// it starts after a ends, or for times of one day (whose intervals are
// the day), its TIMEX3 value, of the same form, sorts after a's.
func inOrder(a, b *dates.Mention) bool {
	if b.Value.Start.After(a.Value.End) {
		return true
	}
	return a.Grain < dates.GrainDay && dayOf(a.Value.Start).Equal(dayOf(b.Value.Start)) && a.Value.Value < b.Value.Value
}

// rangeLink returns the text between two dates as data/ranges.txt lists
// links: trimmed, lower-cased, its spaces collapsed; "" if it is too long
// to be one.
func rangeLink(s string) string {
	if len(s) > maxLink {
		return ""
	}
	return strings.ToLower(space.Collapse(s))
}

// wordBefore returns the word of text that ends before at, lower-cased,
// and where it starts; "" when none does in the sentence that starts at
// from (a mark or the sentence's start comes first).
func wordBefore(text string, from, at int) (string, int) {
	end := at
	for end > from && text[end-1] == ' ' {
		end--
	}
	i := end
	for i > from && isWordByte(text[i-1]) {
		i--
	}
	return strings.ToLower(text[i:end]), i
}

// afterWordOf reports whether the date at start, in the sentence that
// starts at from, follows a word of words ("between" of a span, "both" of
// dates apart).
func afterWordOf(text string, from, start int, words map[string]bool) bool {
	word, _ := wordBefore(text, from, start)
	return words[word]
}

// movedFrom reports whether the date at start, in the sentence that
// starts at from, follows "from" and, at most movedReach words before it
// in the same clause, a word of moving (data/ranges.txt): "postponed the
// vote from Monday to Wednesday" names the old date and the new.
func movedFrom(text string, from, start int, w *rangeWords) bool {
	word, at := wordBefore(text, from, start)
	if word != "from" {
		return false
	}
	for range movedReach {
		if word, at = wordBefore(text, from, at); word == "" {
			return false // a mark ends the clause before it, or the sentence starts
		}
		if w.moved[word] {
			return true
		}
	}
	return false
}

// joinRange returns the mention of the range of dates from first to last,
// of one sentence of text: its text covers both, and its value is
// first's, but for its End, last's.
func joinRange(text string, first dates.Mention, last *dates.Mention) dates.Mention {
	first.End, first.Text = last.End, text[first.Start:last.End]
	first.Value.End = last.Value.End
	return first
}
