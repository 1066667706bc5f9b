package dates

import (
	"sort"
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
// tense, with no day in its own sentence (sent), is on the publication
// day anchor rather than on ref, the last day the text named (fromText;
// in the sentence refSent of sents). It is when the time is told in the
// past and ref is not of this sentence or the one before it, or lies after
// the publication day.
func storyDay(tense Tense, fromText bool, ref time.Time, refSent, sent sentence.Span, anchor time.Time, sents []sentence.Span) bool {
	if tense != Past && tense != Happened || !fromText {
		return false
	}
	if !ref.Before(dateAt(anchor).time().AddDate(0, 0, 1)) {
		return true // "the vote is next Tuesday. ... The S&P 500 was up at 3:15 p.m.": not that Tuesday
	}
	return refSent != sent && !sentenceBefore(refSent, sent, sents)
}

// sentenceBefore reports whether prev is the sentence of sents right
// before sent.
func sentenceBefore(prev, sent sentence.Span, sents []sentence.Span) bool {
	i := sort.Search(len(sents), func(i int) bool { return sents[i].Start >= sent.Start })
	return i > 0 && sents[i-1] == prev
}
