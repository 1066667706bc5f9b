package entity

import (
	"github.com/timelinehq/timeline/internal/swar"
)

// catTable is lx.words again, for tokenize's look-up of every word of
// text, read in the text's lower case: a slot holds its word's first eight
// bytes and its last eight as numbers, so that a word of up to sixteen
// bytes (all but a few) is compared by two loads from the text and no
// call. Open addressing, at most half full.
type catTable struct {
	shift uint8 // 64 - log2 of the number of slots
	mask  uint32
	slots []catSlot
	long  []string // the words of more than sixteen bytes, by catSlot.long
}

// catSlot is a word of catTable and its classes.
type catSlot struct {
	// head is the word's first eight bytes, little-endian, zero past its
	// end; tail its last eight if it has more than eight, else 0.
	head, tail uint64
	cat        category
	n          uint32 // the word's length; 0 for a free slot
	long       uint32 // the index in catTable.long of a word of more than sixteen bytes
}

// newCatTable returns the table of words (lower case word -> classes); the
// empty word is left out.
func newCatTable(words map[string]category) *catTable {
	size := 64
	for size < 2*len(words) {
		size *= 2
	}
	t := &catTable{mask: uint32(size - 1), slots: make([]catSlot, size)}
	for s := size; s > 1; s >>= 1 {
		t.shift++
	}
	t.shift = 64 - t.shift
	for w, c := range words {
		if w == "" {
			continue
		}
		head, tail := wordNumbers(w)
		k := t.first(head, tail, len(w))
		for t.slots[k].n != 0 {
			k = (k + 1) & t.mask
		}
		t.slots[k] = catSlot{head: head, tail: tail, cat: c, n: uint32(len(w))}
		if len(w) > 16 {
			t.slots[k].long = uint32(len(t.long))
			t.long = append(t.long, w)
		}
	}
	return t
}

// wordNumbers returns the head and tail of w (see catSlot), byte by byte.
func wordNumbers(w string) (head, tail uint64) {
	for i := 0; i < len(w) && i < 8; i++ {
		head |= uint64(w[i]) << (8 * i)
	}
	if len(w) > 8 {
		for i := range 8 {
			tail |= uint64(w[len(w)-8+i]) << (8 * i)
		}
	}
	return head, tail
}

// first returns the slot where the probe for a word of n bytes with head
// and tail starts: the top bits of a multiplicative hash.
func (t *catTable) first(head, tail uint64, n int) uint32 {
	return uint32((head ^ tail*0x9E3779B97F4A7C15 ^ uint64(n)) * 0x9E3779B97F4A7C15 >> (t.shift & 63))
}

// at returns the classes of the word lower[i:e] (i < e): lx.words of it.
func (t *catTable) at(lower string, i, e int) category {
	n := e - i
	switch {
	case n > 16:
		return t.atLong(lower[i:e])
	case n > 8:
		return t.find(swar.LoadAt(lower, i), swar.LoadAt(lower, e-8), n)
	case i+8 <= len(lower):
		return t.find(swar.LoadAt(lower, i)&swar.FirstBytes[n&15], 0, n)
	}
	head, _ := wordNumbers(lower[i:e]) // at the end of the text
	return t.find(head, 0, n)
}

// find returns the classes of the word of n bytes (up to sixteen) with
// head and tail (see catSlot).
func (t *catTable) find(head, tail uint64, n int) category {
	for k := t.first(head, tail, n); ; k = (k + 1) & t.mask {
		s := &t.slots[k]
		if s.head == head && s.tail == tail && s.n == uint32(n) {
			return s.cat
		}
		if s.n == 0 {
			return 0
		}
	}
}

// atLong returns the classes of w, a word of more than sixteen bytes.
func (t *catTable) atLong(w string) category {
	head, tail := wordNumbers(w)
	for k := t.first(head, tail, len(w)); ; k = (k + 1) & t.mask {
		s := &t.slots[k]
		if s.n == uint32(len(w)) && t.long[s.long] == w {
			return s.cat
		}
		if s.n == 0 {
			return 0
		}
	}
}
