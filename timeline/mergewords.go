package timeline

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/datafile"
)

//go:embed data/plainwords.txt
var plainWordsData string

// plainWords holds the hashes (fnv64) of the words of data/plainwords.txt:
// the words that tell nothing of which happening a sentence reports. A
// pairMemo looks a hash up in a fraction of a map's instructions.
var plainWords = sync.OnceValue(func() *pairMemo[bool] {
	m := &pairMemo[bool]{}
	for l := range datafile.Lines(plainWordsData) {
		if h := fnv64([]byte(strings.ToLower(l.Text))); !m.has(h) {
			m.put(h, true)
		}
	}
	return m
})

const (
	// stemLen is how many letters of a content word are compared: a light
	// stem, so that "mediated" and "mediator", "sessions" and "session"
	// agree.
	stemLen = 6
	// minWordLen is the length of the shortest content word.
	minWordLen = 3
	// minSharedWords is how many content words two reports with nothing
	// else in common must share.
	minSharedWords = 2
	// minUnlinkedWords is how many they must share when they are of two
	// kinds (joinKin, unlinkedAlike): one more, as the kind no longer
	// tells that they report one happening.
	minUnlinkedWords = 3
	// minWordDice is the least Dice coefficient of their content words
	// (twice the shared over the sum of both): half of the words of one
	// short sentence (four of eight) is not enough against a long one.
	minWordDice = 0.4
	// wordSteps quantizes a word score, so that pairs fall into few
	// buckets of a pairSet.
	wordSteps = 8
)

// sentenceWords is what two reports' sentences are compared by: the
// hashes (fnv64) of the stems of their content words and, apart, of the
// words that are capitalized after the first word (names: "Ralston",
// "Delta"), each sorted and distinct, and a signature of the words, one
// bit of 64 for each, that tells at once most sentences that share none;
// and the stem of its first word if it is a capitalized content word,
// which may be a name ("Summit has until 1 April"), 0 if not.
type sentenceWords struct {
	words, names []uint64
	sig          uint64
	first        uint64
}

// The FNV-1a constants of 64 bits.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// fnv64 is the 64-bit FNV-1a hash of b.
func fnv64(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// contentWords returns the sentenceWords of text: its words of letters
// of at least minWordLen letters that plainWords does not list, each
// hashed by its stem (its first stemLen letters, lower-cased).
func contentWords(text string) sentenceWords {
	_, sw := textWords(nil, text)
	slices.Sort(sw.words)
	sw.words = slices.Compact(sw.words)
	return sw
}

// textWords is contentWords but for the words, which are in the order of
// the text and may repeat: it appends them to arena, and returns arena
// grown and the sentenceWords, whose words are what it appended.
func textWords(arena []uint64, text string) ([]uint64, sentenceWords) {
	plain := plainWords()
	var sw sentenceWords
	start := len(arena)
	first := true
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf && (c|0x20)-'a' >= 26 {
			i++ // no ASCII letter, most of the bytes between words
			continue
		}
		h, stem, letters, capital, next := nextWord(text, i)
		if letters >= minWordLen && !plain.has(h) {
			arena = append(arena, stem)
			sw.sig |= 1 << (stem >> 58)
			if capital && !first {
				sw.names = append(sw.names, stem)
			} else if capital {
				sw.first = stem
			}
		}
		first = first && letters == 0
		i = next
	}
	slices.Sort(sw.names)
	sw.names = slices.Compact(sw.names)
	sw.words = arena[start:len(arena):len(arena)]
	return arena, sw
}

// nextWord reads the word of letters that starts at text[i], if any, and
// returns its hash (fnv64 of the word lower-cased), that of its stem (of
// its first stemLen letters, or of the word if shorter), its number of
// letters (0 if text[i] is no letter), whether its first letter is upper
// case, and where the next word may start: after the word, or after the
// rune at i if it is no letter. A possessive's "'s" is a word of its own:
// "Harlan's" is "Harlan".
func nextWord(text string, i int) (h, stem uint64, letters int, capital bool, next int) {
	h = fnvOffset
	if i < len(text) && text[i] < utf8.RuneSelf {
		capital = text[i]-'A' < 26
	}
	for i < len(text) {
		// ASCII letters, most of the text, in a loop of their own: c|0x20
		// is a lower-case letter for the ASCII letters alone.
		t := text[i:]
		k := 0
		for ; k < len(t); k++ {
			c := t[k] | 0x20
			if c-'a' >= 26 || t[k] >= utf8.RuneSelf {
				break
			}
			h = (h ^ uint64(c)) * fnvPrime
			if k+letters == stemLen-1 {
				stem = h
			}
		}
		i += k
		letters += k
		if i == len(text) || text[i] < utf8.RuneSelf {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			break
		}
		if letters == 0 {
			capital = unicode.IsUpper(r)
		}
		i += size
		var buf [utf8.UTFMax]byte
		for _, b := range utf8.AppendRune(buf[:0], unicode.ToLower(r)) {
			h = (h ^ uint64(b)) * fnvPrime
		}
		letters++
		if letters == stemLen {
			stem = h
		}
	}
	if letters < stemLen {
		stem = h
	}
	if letters == 0 { // no letter at i: the next word starts after its rune
		_, size := utf8.DecodeRuneInString(text[i:])
		i += max(1, size)
	}
	return h, stem, letters, capital, i
}

// sameWords returns how much alike the sentences of two reports are, in
// steps of 1/wordSteps from 0 to 1, and whether they are alike enough for
// two reports of one day and kind, with no actor or place in common, to be
// one event: minSharedWords content words in common, a Dice coefficient of
// minWordDice at least, and a name in common if both have names ("AEP
// shares closed" and "Cambrex shares rose" in "over-the-counter trading
// yesterday" are two events).
func sameWords(a, b *sentenceWords) (float64, bool) {
	if a.sig&b.sig == 0 {
		return 0, false
	}
	return wordsAlike(countShared(a.words, b.words), len(a.words), len(b.words), a, b)
}

// wordsAlike is sameWords of two sentences of na and nb distinct content
// words, shared in common.
func wordsAlike(shared, na, nb int, a, b *sentenceWords) (float64, bool) {
	if !enoughShared(shared, na, nb) {
		return 0, false
	}
	if len(a.names) > 0 && len(b.names) > 0 && countShared(a.names, b.names) == 0 {
		return 0, false
	}
	return diceSteps(shared, na, nb), true
}

// diceSteps is the Dice coefficient of sentences of na and nb content
// words, shared in common, in steps of 1/wordSteps, rounded down.
func diceSteps(shared, na, nb int) float64 {
	dice := 2 * float64(shared) / float64(na+nb)
	return float64(int(dice*wordSteps)) / wordSteps
}

// enoughShared reports whether shared words in common are enough for
// sentences of na and nb content words: minSharedWords, and a Dice
// coefficient of minWordDice.
func enoughShared(shared, na, nb int) bool {
	return shared >= minSharedWords && 2*float64(shared) >= minWordDice*float64(na+nb)
}

// countShared returns how many elements two sorted lists both hold.
func countShared(a, b []uint64) int {
	shared := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			shared++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return shared
}

// unlinkedAlike is sameWords of the sentences of two reports of one day
// and of kin kinds (joinKin) that share no actor and not the place, one
// naming neither: minUnlinkedWords in common at least ("It will be the
// first meeting since the strike began on Saturday" and "The strike,
// which began at 12:01 a.m. on Aug. 12, is the first in Harlan's
// history"; "the EV tariff took effect" and "the tariff on electric
// vehicles that took effect").
func unlinkedAlike(a, b *sentenceWords) (float64, bool) {
	if a.sig&b.sig == 0 {
		return 0, false
	}
	shared := countShared(a.words, b.words)
	if shared < minUnlinkedWords || !enoughShared(shared, len(a.words), len(b.words)) || !namesAlike(a, b) {
		return 0, false
	}
	return diceSteps(shared, len(a.words), len(b.words)), true
}

// namesAlike reports whether two sentences that nothing else links name
// alike: if both capitalize words, their first word included, a word one
// capitalizes is a word of the other. "Summit has until 1 April to make a
// firm offer" and "Varda has until 5 p.m. on April 1 to announce a firm
// intention" tell two bidders' deadlines; "Workers walked off the job"
// and "the strike by workers at plants in Ottumwa" may tell one strike.
func namesAlike(a, b *sentenceWords) bool {
	if len(a.names) == 0 && a.first == 0 || len(b.names) == 0 && b.first == 0 {
		return true
	}
	return nameIn(a, b.words) || nameIn(b, a.words)
}

// nameIn reports whether a word that a capitalizes, its first word
// included, is among words (sorted).
func nameIn(a *sentenceWords, words []uint64) bool {
	if _, ok := slices.BinarySearch(words, a.first); ok && a.first != 0 {
		return true
	}
	return countShared(a.names, words) > 0
}
