// Package wordindex is a read-only map from words to values, about twice
// as fast as a map keyed by string for the lookups a tokenizer does once
// per word of text: open addressing on a hash of the word's length and four
// of its bytes, at most a quarter full. A probe reads an array of 16-bit
// tags of the hashes, small enough to stay in cache between lookups, and
// compares words only where the tags match.
package wordindex

// Index maps words to values of type V. It is read-only once made.
type Index[V any] struct {
	mask uint32
	// tags[i] is tagOf the hash of slots[i].word, 0 for a free slot: a
	// probe reads this small array, and a slot only when the tags match.
	tags  []uint16
	slots []slot[V]
}

type slot[V any] struct {
	word string // "" for a free slot
	val  V
}

// New returns an index of the words of m; the empty word is left out (Get
// never finds it).
func New[V any](m map[string]V) *Index[V] {
	size := 64
	for size < 4*len(m) {
		size *= 2
	}
	x := &Index[V]{mask: uint32(size - 1), tags: make([]uint16, size), slots: make([]slot[V], size)}
	for w, v := range m {
		if w == "" {
			continue
		}
		h := hashWord(w)
		i := h & x.mask
		for x.tags[i] != 0 {
			i = (i + 1) & x.mask
		}
		x.tags[i], x.slots[i] = tagOf(h), slot[V]{w, v}
	}
	return x
}

// hashWord hashes a word that is not empty.
func hashWord(w string) uint32 {
	n := len(w)
	h := uint32(n) * 0x9E3779B1
	h ^= uint32(w[0]) | uint32(w[n-1])<<8 | uint32(w[n/2])<<16 | uint32(w[(n-1)/3])<<24
	h *= 0x85EBCA77
	return h ^ h>>15
}

// Get returns the value of w, or the zero V.
func (x *Index[V]) Get(w string) V {
	var zero V
	if w == "" {
		return zero
	}
	h := hashWord(w)
	tag := tagOf(h)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		switch x.tags[i] {
		case tag:
			if s := &x.slots[i]; s.word == w {
				return s.val
			}
		case 0:
			return zero
		}
	}
}

// tagOf returns the tag of a word with hash h: its top 16 bits (the index
// takes the low bits), never 0.
func tagOf(h uint32) uint16 { return uint16(h>>16) | 1 }
