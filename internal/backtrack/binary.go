package backtrack

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"regexp/syntax"
	"unicode/utf8"
)

// A Prog's binary form lets a caller compile its patterns ahead of time
// (at go generate time) and load them at start-up without parsing or
// compiling anything: loading reads the arrays back, which costs a small
// part of what compiling them does. The form is private to this package
// and its version: a caller that stores it must check it against a fresh
// compile (a test that regenerates it), and load it with the same code.

// binaryMagic begins a Prog's binary form; its last byte is the version.
const binaryMagic = "btp\x02"

// errBinary is the error of a binary form that is not one.
var errBinary = errors.New("backtrack: bad binary form of a program")

// AppendBinary appends the binary form of p to b (encoding.BinaryAppender).
func (p *Prog) AppendBinary(b []byte) ([]byte, error) {
	le := binary.LittleEndian
	b = append(b, binaryMagic...)
	b = le.AppendUint32(b, uint32(p.ncap))
	b = le.AppendUint32(b, p.startPC)
	for _, w := range p.start.bits {
		b = le.AppendUint64(b, w)
	}
	b = append(b, boolByte(p.start.end))
	// the syntax program
	b = le.AppendUint32(b, uint32(len(p.prog.Inst)))
	b = le.AppendUint32(b, uint32(p.prog.Start))
	b = le.AppendUint32(b, uint32(p.prog.NumCap))
	nrunes := 0
	for _, in := range p.prog.Inst {
		nrunes += len(in.Rune)
	}
	b = le.AppendUint32(b, uint32(nrunes))
	pcOf := make(map[*syntax.Inst]int32, len(p.prog.Inst))
	for pc := range p.prog.Inst {
		in := &p.prog.Inst[pc]
		pcOf[in] = int32(pc)
		b = append(b, byte(in.Op))
		b = le.AppendUint32(b, in.Out)
		b = le.AppendUint32(b, in.Arg)
		if in.Rune == nil {
			b = le.AppendUint32(b, 0)
			continue
		}
		b = le.AppendUint32(b, uint32(len(in.Rune))+1) // 0 for nil
		for _, r := range in.Rune {
			b = le.AppendUint32(b, uint32(r))
		}
	}
	// the instructions Match runs
	b = le.AppendUint32(b, uint32(len(p.insts)))
	for i := range p.insts {
		c := &p.insts[i]
		var words uint8 // which words of ascii follow: most are zero
		for k, w := range c.ascii {
			if w != 0 {
				words |= 1 << k
			}
		}
		b = append(b, byte(c.op), c.flags, c.pre, words)
		b = le.AppendUint32(b, c.out)
		b = le.AppendUint32(b, c.arg)
		b = le.AppendUint32(b, c.ncap)
		b = le.AppendUint32(b, c.capAt)
		slow := int32(-1)
		if c.slow != nil {
			pc, ok := pcOf[c.slow]
			if !ok {
				return nil, errors.New("backtrack: an instruction outside the program")
			}
			slow = pc
		}
		b = le.AppendUint32(b, uint32(slow))
		for k, w := range c.ascii {
			if words&(1<<k) != 0 {
				b = le.AppendUint64(b, w)
			}
		}
	}
	b = appendUint32s(b, p.capSlots)
	b = appendUint32s(b, p.arms)
	b = le.AppendUint32(b, uint32(len(p.armMasks)))
	for _, m := range p.armMasks {
		b = le.AppendUint64(b, m)
	}
	return append(b, p.class[:]...), nil
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

func appendUint32s(b []byte, s []uint32) []byte {
	b = binary.LittleEndian.AppendUint32(b, uint32(len(s)))
	for _, v := range s {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// UnmarshalBinary sets p to the program whose binary form AppendBinary
// wrote in data (encoding.BinaryUnmarshaler). p must be new: a Prog in
// use by others must not change. It checks the form's framing, not the
// program: data must come from AppendBinary, as Match trusts the
// program's instructions to lead to instructions of it.
func (p *Prog) UnmarshalBinary(data []byte) error {
	r := reader{data: data}
	if string(r.bytes(len(binaryMagic))) != binaryMagic {
		return errBinary
	}
	p.ncap = int(r.u32())
	p.startPC = r.u32()
	for k := range p.start.bits {
		p.start.bits[k] = r.u64()
	}
	p.start.end = r.u8() != 0
	prog := &syntax.Prog{}
	prog.Inst = make([]syntax.Inst, r.count(13))
	prog.Start = int(r.u32())
	prog.NumCap = int(r.u32())
	// The runes of all instructions share one array, each instruction's
	// capped so that no append reaches its neighbour's.
	runes := make([]rune, 0, r.count(4))
	le := binary.LittleEndian
	// The records have fixed sizes, cut from d by constants: the reads of
	// their fields need no bounds checks.
	d := r.data
	for pc := range prog.Inst {
		if len(d) < 13 {
			return errBinary
		}
		rec := d[:13]
		d = d[13:]
		in := &prog.Inst[pc]
		in.Op, in.Out, in.Arg = syntax.InstOp(rec[0]), le.Uint32(rec[1:]), le.Uint32(rec[5:])
		n := int(le.Uint32(rec[9:])) // 0 for nil, else one more than the runes
		if n == 0 {
			continue
		}
		if n-1 > len(d)/4 {
			return errBinary
		}
		from := len(runes)
		for ; n > 1; n-- {
			runes = append(runes, rune(le.Uint32(d)))
			d = d[4:]
		}
		in.Rune = runes[from:len(runes):len(runes)]
	}
	p.prog = prog
	r.data = d
	p.insts = make([]inst, r.count(24))
	d = r.data
	for i := range p.insts {
		if len(d) < 24 {
			return errBinary
		}
		rec := d[:24]
		d = d[24:]
		c := &p.insts[i]
		c.op, c.flags, c.pre = syntax.InstOp(rec[0]), rec[1], rec[2]
		words := rec[3]
		c.out, c.arg, c.ncap, c.capAt = le.Uint32(rec[4:]), le.Uint32(rec[8:]), le.Uint32(rec[12:]), le.Uint32(rec[16:])
		if slow := int32(le.Uint32(rec[20:])); slow >= 0 && int(slow) < len(prog.Inst) {
			c.slow = &prog.Inst[slow]
		} else if slow >= 0 {
			return errBinary
		}
		for ; words != 0; words &= words - 1 {
			if len(d) < 8 {
				return errBinary
			}
			c.ascii[bits.TrailingZeros8(words)&3] = le.Uint64(d)
			d = d[8:]
		}
	}
	r.data = d
	p.capSlots = r.uint32s()
	p.arms = r.uint32s()
	if n := r.count(8); n > 0 {
		p.armMasks = make([]uint64, n)
		for i := range p.armMasks {
			p.armMasks[i] = r.u64()
		}
	}
	copy(p.class[:], r.bytes(utf8.RuneSelf))
	if r.err || len(r.data) != 0 || int(p.startPC) >= len(p.insts) {
		return errBinary
	}
	return nil
}

// reader reads a binary form; past its end it reads zeros and sets err.
type reader struct {
	data []byte
	err  bool
}

func (r *reader) bytes(n int) []byte {
	if n > len(r.data) {
		r.err, r.data = true, nil
		return make([]byte, n)
	}
	b := r.data[:n]
	r.data = r.data[n:]
	return b
}

func (r *reader) u8() uint8   { return r.bytes(1)[0] }
func (r *reader) u32() uint32 { return binary.LittleEndian.Uint32(r.bytes(4)) }
func (r *reader) u64() uint64 { return binary.LittleEndian.Uint64(r.bytes(8)) }

// count reads the length of an array whose items take at least size
// bytes each, and caps it by what is left, so that a bad form cannot make
// the reader allocate more than it holds.
func (r *reader) count(size int) int {
	n := int(r.u32())
	if n > len(r.data)/size {
		r.err = true
		return 0
	}
	return n
}

// uint32s reads an array of uint32, nil when empty as AppendBinary's
// arrays are.
func (r *reader) uint32s() []uint32 {
	n := r.count(4)
	if n == 0 {
		return nil
	}
	s := make([]uint32, n)
	for i := range s {
		s[i] = r.u32()
	}
	return s
}
