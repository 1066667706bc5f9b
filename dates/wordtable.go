package dates

import (
	"cmp"
	"iter"
	"math/bits"
	"slices"

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
func newWordTable(m map[string]uint64) *wordTable {
	type entry struct {
		k wordKey
		v uint64
	}
	es := make([]entry, 0, len(m)) // packed once for the two passes
	for w, v := range m {
		if k, ok := packWord(w); ok {
			es = append(es, entry{k, v})
		}
	}
	return newWordTableOf(func(yield func(wordKey, uint64) bool) {
		for _, e := range es {
			if !yield(e.k, e.v) {
				return
			}
		}
	})
}

// newWordTableOf builds a table of the packed words and masks that keys
// yields (twice); a word yielded twice gets both masks.
func newWordTableOf(keys iter.Seq2[wordKey, uint64]) *wordTable {
	var nShort, nLong int
	for k := range keys {
		if k[1] == 0 {
			nShort++
		} else {
			nLong++
		}
	}
	t := &wordTable{}
	t.short, t.shortShift = make([]shortSlot, tableSize(nShort)), 64-uint(bitsFor(nShort))
	t.long, t.longShift = make([]longSlot, tableSize(nLong)), 64-uint(bitsFor(nLong))
	for k, v := range keys {
		if k[1] == 0 {
			i := shortHash(k[0], t.shortShift)
			for t.short[i].key != 0 && t.short[i].key != k[0] {
				i = (i + 1) & (len(t.short) - 1)
			}
			t.short[i].key, t.short[i].val = k[0], t.short[i].val|v
			continue
		}
		i := longHash(k, t.longShift)
		for t.long[i].key != (wordKey{}) && t.long[i].key != k {
			i = (i + 1) & (len(t.long) - 1)
		}
		t.long[i].key, t.long[i].val = k, t.long[i].val|v
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

// entries returns the packed words of t and their masks, in the order of
// their keys, for storing the table (see appendWordTable).
func (t *wordTable) entries() (keys []wordKey, vals []uint64) {
	type entry struct {
		k wordKey
		v uint64
	}
	var es []entry
	for _, s := range t.short {
		if s.key != 0 {
			es = append(es, entry{wordKey{s.key}, s.val})
		}
	}
	for _, s := range t.long {
		if s.key != (wordKey{}) {
			es = append(es, entry{s.key, s.val})
		}
	}
	slices.SortFunc(es, func(a, b entry) int {
		if c := cmp.Compare(a.k[1], b.k[1]); c != 0 {
			return c
		}
		return cmp.Compare(a.k[0], b.k[0])
	})
	for _, e := range es {
		keys, vals = append(keys, e.k), append(vals, e.v)
	}
	return keys, vals
}
