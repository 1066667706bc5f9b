package dates

import (
	"iter"
	"maps"
	"math/bits"
	"slices"
	"strings"

	"github.com/timelinehq/timeline/internal/swar"
)

// wordKey is a lower-case ASCII word of at most 16 bytes packed into two
// words, byte i at bits 8*(i%8) of word i/8. Words are never empty, so the
// zero key marks a free slot.
type wordKey [2]uint64

// packWord returns the key of w and false when w is too long for one.
func packWord(w string) (wordKey, bool) {
	var k wordKey
	if len(w) == 0 || len(w) > 16 {
		return k, false
	}
	for i := 0; i < len(w); i++ {
		k[i/8] |= uint64(w[i]) << (8 * (i % 8))
	}
	return k, true
}

// wordTable maps words to a uint64 of the caller's: the scan's rule
// masks, the tense cues' bits, the vocabularies' masks. It does their one
// lookup per word of text; open-addressed tables on packed keys are several times
// faster there than a map keyed by string. Words of up to eight bytes, most
// words of text, have a table of one-word keys; longer ones another. It is
// read-only once built.
type wordTable struct {
	short      []shortSlot // words of 1 to 8 bytes
	long       []longSlot  // words of 9 to 16 bytes
	shortShift uint
	longShift  uint
}

type shortSlot struct{ key, val uint64 }

type longSlot struct {
	key wordKey
	val uint64
}

// newWordTable builds a table of the given words. Words longer than 16
// bytes are left out: no trigger word is that long, and the tense cues look
// such words up in their lists (cueIndex.of).
func newWordTable(m map[string]uint64) *wordTable { return newWordTableOf(maps.All(m)) }

// newWordTableOf builds a table of the words and masks that words yields
// (twice); a word yielded twice gets both masks.
func newWordTableOf(words iter.Seq2[string, uint64]) *wordTable {
	var nShort, nLong int
	for w := range words {
		switch {
		case len(w) == 0 || len(w) > 16:
		case len(w) <= 8:
			nShort++
		default:
			nLong++
		}
	}
	t := &wordTable{}
	t.short, t.shortShift = make([]shortSlot, tableSize(nShort)), 64-uint(bitsFor(nShort))
	t.long, t.longShift = make([]longSlot, tableSize(nLong)), 64-uint(bitsFor(nLong))
	for w, v := range words {
		k, ok := packWord(w)
		switch {
		case !ok:
		case k[1] == 0:
			i := shortHash(k[0], t.shortShift)
			for t.short[i].key != 0 && t.short[i].key != k[0] {
				i = (i + 1) & (len(t.short) - 1)
			}
			t.short[i].key, t.short[i].val = k[0], t.short[i].val|v
		default:
			i := longHash(k, t.longShift)
			for t.long[i].key != (wordKey{}) && t.long[i].key != k {
				i = (i + 1) & (len(t.long) - 1)
			}
			t.long[i].key, t.long[i].val = k, t.long[i].val|v
		}
	}
	return t
}

// bitsFor returns the log2 of the table size for n words: a power of two,
// at least 64, with at most one word in four slots, so that most searches
// end at the first slot.
func bitsFor(n int) int {
	b := 6
	for 1<<b < 4*n {
		b++
	}
	return b
}

func tableSize(n int) int { return 1 << bitsFor(n) }

func shortHash(k uint64, shift uint) int { return int((k * 0x9e3779b97f4a7c15) >> shift) }

func longHash(k wordKey, shift uint) int {
	return int(((k[0] ^ k[1]*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9) >> shift)
}

// get returns the mask of k, or 0.
func (t *wordTable) get(k wordKey) uint64 {
	if k[1] == 0 {
		return t.getShort(k[0])
	}
	for i := longHash(k, t.longShift); ; i = (i + 1) & (len(t.long) - 1) {
		switch t.long[i].key {
		case k:
			return t.long[i].val
		case wordKey{}:
			return 0
		}
	}
}

// getShort returns the mask of a word of up to eight bytes packed into k.
func (t *wordTable) getShort(k uint64) uint64 {
	for i := shortHash(k, t.shortShift); ; i = (i + 1) & (len(t.short) - 1) {
		switch s := &t.short[i]; s.key {
		case k:
			return s.val
		case 0:
			return 0
		}
	}
}

// asciiWord returns the length of the run of letters and digits that
// begins the eight bytes of an ASCII x (8 if they all are), and which of
// the run's bytes are digits, as 0x80 in their place.
func asciiWord(x uint64) (n int, digits uint64) {
	digits = swar.Between(x, '0', '9')
	n = bits.TrailingZeros64(^(digits|swar.Between(x|swar.Low*0x20, 'a', 'z'))&swar.High) / 8
	return n, digits & swar.FirstBytes[n&15]
}

// entries returns the words of t and their masks, sorted by word, for
// storing the table (see appendWordTable).
func (t *wordTable) entries() (words []string, vals []uint64) {
	type entry struct {
		w string
		v uint64
	}
	var es []entry
	unpack := func(k wordKey) string {
		var b []byte
		for i := 0; i < 16 && byte(k[i/8]>>(8*(i%8))) != 0; i++ {
			b = append(b, byte(k[i/8]>>(8*(i%8))))
		}
		return string(b)
	}
	for _, s := range t.short {
		if s.key != 0 {
			es = append(es, entry{unpack(wordKey{s.key}), s.val})
		}
	}
	for _, s := range t.long {
		if s.key != (wordKey{}) {
			es = append(es, entry{unpack(s.key), s.val})
		}
	}
	slices.SortFunc(es, func(a, b entry) int { return strings.Compare(a.w, b.w) })
	for _, e := range es {
		words, vals = append(words, e.w), append(vals, e.v)
	}
	return words, vals
}
