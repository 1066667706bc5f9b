package dates

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

// wordTable maps words to rule masks. It does the scan's one lookup per
// word of text; an open-addressed table on packed keys is several times
// faster there than a map keyed by string. It is read-only once built.
type wordTable struct {
	keys  []wordKey
	vals  []uint64
	shift uint
}

// newWordTable builds a table of the given words; words longer than 16
// bytes are left out (no trigger word is that long).
func newWordTable(m map[string]uint64) *wordTable {
	size, shift := 64, uint(64-6)
	for size < 4*len(m) {
		size, shift = size*2, shift-1
	}
	t := &wordTable{keys: make([]wordKey, size), vals: make([]uint64, size), shift: shift}
	for w, v := range m {
		k, ok := packWord(w)
		if !ok {
			continue
		}
		i := t.slot(k)
		for t.keys[i] != (wordKey{}) && t.keys[i] != k {
			i = (i + 1) & (len(t.keys) - 1)
		}
		t.keys[i], t.vals[i] = k, t.vals[i]|v
	}
	return t
}

// slot is where the search for k starts.
func (t *wordTable) slot(k wordKey) int {
	h := (k[0] ^ k[1]*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9
	return int(h >> t.shift)
}

// get returns the mask of k, or 0.
func (t *wordTable) get(k wordKey) uint64 {
	for i := t.slot(k); ; i = (i + 1) & (len(t.keys) - 1) {
		switch t.keys[i] {
		case k:
			return t.vals[i]
		case wordKey{}:
			return 0
		}
	}
}
