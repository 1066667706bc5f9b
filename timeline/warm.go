package timeline

import (
	"time"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/entity"
	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/internal/sentence"
)

// warmUp builds, on a goroutine of its own as a build starts, what the
// first document's worker would otherwise build on its own core while the
// others wait: the entity lexicon, the kinds' triggers and the word lists of
// the sentence splitter and the boilerplate lines, while dates.New compiles
// the date rules on the first core; then, once tg (nil: dates.New()) is
// built, part of the tables the tagger makes at its first text. Each is
// built once (sync.OnceValue), so that on one core no work is done twice,
// and a worker that needs one being built waits for it.
func warmUp(tg *dates.Tagger) {
	entity.AnalyzeDoc("", "", nil).Release()
	kind.All()
	sentence.Split(".")
	loadBoilerplate()
	if tg == nil {
		tg = dates.New()
	}
	// A date word alone builds the tables of the rules' first words, and
	// the tense cues, but not the vocabulary of the words before a date
	// word, which the first document's sentences mostly need first: the
	// worker builds that meanwhile.
	tg.Tag("Friday", time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC))
}
