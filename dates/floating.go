package dates

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/timelinehq/timeline/internal/sentence"
)

// A time of day without its day ("at 3:15 p.m.") floats: it takes the day
// named beside it in its sentence, else the last day the text named. In
// news, a time told in the past tense with no day of its own happened on
// the story's day, unless the text has just named another: a day named
// several sentences back, or a day still ahead named in another clause,
// is not the day of "The S&P 500 was up 0.3% at 3:15 p.m.".

// storyDay reports whether a floating time of day in a news text, told in
// tense, with no day in its own sentence (sent), is on the story's day
// rather than on ref, the last day the text named (fromText; in the
// sentence refSent of sents). It is when the time is told in the past and
// ref is not of this sentence or the one before it, or lies after the
// publication day anchor. The story's day is the first day the lead names
// (inLead), on or before the publication day, else the publication day: a
// wire story of the next morning tells the day before ("A federal jury on
// Monday found ... The verdict was read shortly before 3:30 p.m.").
func storyDay(tense Tense, fromText bool, ref time.Time, refSent, sent sentence.Span, anchor time.Time, sents []sentence.Span) bool {
	if tense != Past && tense != Happened || !fromText {
		return false
	}
	if !ref.Before(dateAt(anchor).time().AddDate(0, 0, 1)) {
		return true // "the vote is next Tuesday. ... The S&P 500 was up at 3:15 p.m.": not that Tuesday
	}
	return refSent != sent && !sentenceBefore(refSent, sent, sents)
}

// inLead reports whether sent is a sentence of a news story's lead, the
// first two of sents (a headline or a dateline may stand first).
func inLead(sent sentence.Span, sents []sentence.Span) bool {
	return len(sents) > 0 && sent == sents[0] || len(sents) > 1 && sent == sents[1]
}

// sentenceBefore reports whether prev is the sentence of sents right
// before sent.
func sentenceBefore(prev, sent sentence.Span, sents []sentence.Span) bool {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].Start >= sent.Start })
	return i > 0 && sents[i-1] == prev
}

// Opening hours are times of no day: "staffed from 9 a.m. to 5 p.m.
// daily", "the show floor is open from 10 a.m. to 6 p.m. through Friday"
// are XXXX-XX-XXT09:00 and XXXX-XX-XXT17:00, whatever day the text names,
// as a schedule holds on every day it runs. A range of two times of day
// without a day in a sentence with a word of data/schedule_cues.txt is
// one.

// inSchedule reports whether cands[i], a time of day without its day,
// opens or closes a range of such times ("9 a.m. to 5 p.m.") in a
// sentence of opening hours; low is the lower case of the text.
func inSchedule(text, low string, cands []candidate, i int) bool {
	c := &cands[i]
	ranged := i+1 < len(cands) && floatingClock(&cands[i+1], c.sent) && rangeJoinOnly(text[c.end:cands[i+1].start]) ||
		i > 0 && floatingClock(&cands[i-1], c.sent) && rangeJoinOnly(text[cands[i-1].end:c.start])
	return ranged && scheduleCue(low[c.sent.Start:c.sent.End])
}

// floatingClock reports whether o is a time of day without its day in the
// sentence sent.
func floatingClock(o *candidate, sent sentence.Span) bool {
	return o.sent == sent && o.expr.Floating && o.expr.Clock
}

// rangeJoinOnly reports whether s, the text between two times, is a join
// of a range and nothing else: " to ", "-", " until ".
func rangeJoinOnly(s string) bool {
	e := joinEnd(s, rangeJoins)
	return e >= 0 && skipRegexpSpace(s, e) == len(s)
}

// scheduleCue reports whether the lower-case sentence s holds a word of
// data/schedule_cues.txt.
func scheduleCue(s string) bool {
	for _, cue := range lex().scheduleCues {
		for from := 0; ; {
			k := strings.Index(s[from:], cue)
			if k < 0 {
				break
			}
			k += from
			if (k == 0 || !isWordByte(s[k-1])) && (k+len(cue) == len(s) || !isWordByte(s[k+len(cue)])) {
				return true
			}
			from = k + 1
		}
	}
	return false
}

// scheduleValue is the value of a time of day e in opening hours: the
// time, on no day (XXXX-XX-XXT09:00), with no interval.
func scheduleValue(e *Expr) Value {
	return Value{Type: Time, Value: fmt.Sprintf("XXXX-XX-XXT%02d:%02d", e.Hour, e.Minute), Grain: GrainMinute}
}

// nightDay returns the day whose night (TNI) a night without its day falls
// on, given a, the day it would take, and the tense it is told in: in news,
// a night told in the past on the publication day is the night before it
// ("rebels shelled the town during the night", "the session ran through
// the night" in a story of Aug. 26 is 2016-08-25TNI, as "last night" is),
// since TIMEX3 dates a night by the evening it follows.
func nightDay(a, anchor time.Time, tense Tense) time.Time {
	if (tense == Past || tense == Happened) && dateAt(a) == dateAt(anchor) {
		return a.AddDate(0, 0, -1)
	}
	return a
}
