package entity

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/internal/sentence"
)

// soupPieces are the pieces soup glues texts from: the words and marks at
// which the fast paths of tokenize, markSentence, kindWords and search
// part from the slow ones (possessives, periods, commas, hyphens, quotes,
// capitals, runes that are not ASCII or not valid, NUL bytes, a word at
// the very end of a text).
var soupPieces = []string{
	"Kerry", "KERRY", "Lavrov", "John", "Putin", "Moscow", "Geneva", "Assad", "al", "de", "Mistura",
	"U.N.", "U.S.", "UN", "Sen.", "Aug.", "Mr.", "F.", "e.g.", "al-Assad", "then-Secretary", "al-",
	"President", "minister", "foreign", "Secretary", "of", "State", "official", "senior",
	"met", "with", "in", "at", "to", "from", "on", "said", "attack", "talks", "cease-fire", "signed", "agreement",
	"'s", "’s", "'S", "'", "’", ".", ",", "-", "‑", "1,000", "3.5", "290,000", "1.AB",
	"“", "”", "\"", "«", "»", "„", "(", ")", "[", "]", ":", ";", "—", "–", "_", "!", "?",
	"\x00", "\xff", "\xe2\x80", "É", "é", "İ", "ß", "ẞ", "Erdoğan", "ǅemal", "\u212a", "x", "A", "a", "S", "s", "9",
	" ", " ", " ", " ", " ", " ", "\n", "\t", "\u00a0", "\u2003",
}

// soup returns a text of n pieces drawn from rng.
func soup(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(soupPieces[rng.IntN(len(soupPieces))])
	}
	return b.String()
}

// On texts glued from soupPieces, the fast paths agree with their oracles:
// tokenize with oldTokenize, markSentence with oldMarkSentence, kindWords
// with kind.Words, Kind with kind.ClassifyWith, the lazy answers with the
// eager ones; and so in an article longer than longArticle sentences,
// whose tokens are not kept.
func TestSoup(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	lx := load()
	n := 2000
	if testing.Short() {
		n = 200
	}
	for range n {
		text := soup(rng, 1+rng.IntN(40))
		checkTokenize(t, lx, text, 0, len(text))
		if len(text) > 2 {
			checkTokenize(t, lx, text, 1, len(text)-1)
		}
		checkMarkSentence(t, text)
		spans := sentence.Split(text)
		for _, sp := range append(spans, sentence.Span{Start: 0, End: len(text)}) {
			checkKindWords(t, text, sp)
		}
		checkKind(t, text, rng)
		checkLazy(t, soup(rng, rng.IntN(8)), text, spans, rng)
	}
	var long []string
	for range longArticle + 10 {
		long = append(long, soup(rng, 3+rng.IntN(12))+".")
	}
	text := strings.Join(long, " ")
	checkKind(t, text, rng)
	checkLazy(t, "Kerry", text, sentence.Split(text), rng)
}
