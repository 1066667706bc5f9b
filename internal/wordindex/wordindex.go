// Package wordindex is a read-only map from words to values, about twice
// as fast as a map keyed by string for the lookups a tokenizer does once
// per word of text: open addressing on a key made of the word's length and
// four of its bytes, at most a quarter full. A probe reads an array of the
// keys, and compares words only where the keys match and the word is
// longer than four bytes: the key of a shorter word is all of it, so that
// the common short words ("the", "of", "said") need no compare.
package wordindex

import (
	"math/bits"
	"unsafe"
)

// Index maps words to values of type V. It is read-only once made.
type Index[V any] struct {
	shift uint8 // 64 - log2 of the number of slots: the bits of a hash above the first slot's (see first)
	mask  uint32
	// keys[i] is keyOf(slots[i].word), 0 for a free slot: a probe reads
	// this array, and a slot only when the keys match.
	keys  []uint64
	slots []slot[V]
}

type slot[V any] struct {
	word string // "" for a free slot
	val  V
}

// New returns an index of the words of m; the empty word is left out (Get
// never finds it).
func New[V any](m map[string]V) *Index[V] {
	size := minSlots
	for size < 4*len(m) {
		size *= 2
	}
	x := &Index[V]{
		shift: uint8(64 - bits.TrailingZeros(uint(size))),
		mask:  uint32(size - 1),
		keys:  make([]uint64, size),
		slots: make([]slot[V], size),
	}
	for w, v := range m {
		if w == "" {
			continue
		}
		k := keyOf(w)
		i := x.first(k)
		for x.keys[i] != 0 {
			i = (i + 1) & x.mask
		}
		x.keys[i], x.slots[i] = k, slot[V]{w, v}
	}
	return x
}

// keyOf returns the key of a word that is not empty: its length above
// four of its bytes, which are all its bytes if it has four or fewer (and
// so never 0). Two words of up to four bytes have the same key only if
// they are the same.
func keyOf(w string) uint64 {
	n := len(w)
	last := w[n-1] // the others are in w too, as n > n/2 >= n/4 >= 0, which the compiler does not see
	p := unsafe.Pointer(unsafe.StringData(w))
	quarter, half := *(*byte)(unsafe.Add(p, n/4)), *(*byte)(unsafe.Add(p, n/2))
	return uint64(n)<<32 | uint64(w[0]) | uint64(quarter)<<8 | uint64(half)<<16 | uint64(last)<<24
}

// minSlots is the number of slots of the smallest index, a power of two.
const minSlots = 64

// first returns the slot where the probe for key k starts: the top bits
// of a multiplicative hash (by 2^64 over the golden ratio), in which every
// bit of k counts. (With the shift masked by 63 the compiler need not
// handle a shift of 64 or more.)
func (x *Index[V]) first(k uint64) uint32 { return uint32(k * 0x9E3779B97F4A7C15 >> (x.shift & 63)) }

// Get returns the value of w, or the zero V.
func (x *Index[V]) Get(w string) V {
	var zero V
	if w == "" {
		return zero
	}
	k := keyOf(w)
	for i := x.first(k); ; i = (i + 1) & x.mask {
		switch x.keys[i] {
		case k:
			if s := &x.slots[i]; len(w) <= 4 || s.word == w {
				return s.val
			}
		case 0:
			return zero
		}
	}
}
