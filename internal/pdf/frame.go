package pdf

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// The request frame a pooled child reads on stdin, all integers big-endian:
//
//	"JPR1"                      magic (a desynchronised stream fails at once)
//	uint32 n, n bytes           the document's name, for messages
//	int32                       the text layer's MaxXObjectDepth
//	uint64 n, n bytes           the PDF
//
// The reply is the one the single-shot child writes: a childReply as one line
// of JSON (encoding/json never puts a raw newline inside a value).
const (
	frameMagic   = "JPR1"
	maxFrameName = 1 << 20 // a name is a file name or URL; more means a broken stream
)

// request is one decoded request frame.
type request struct {
	name      string
	xobjDepth int
	data      []byte
}

// requestHeader returns the frame's bytes up to the PDF itself, which the
// caller writes after it (so that the PDF is never copied).
func requestHeader(name string, xobjDepth int, dataLen int) []byte {
	h := make([]byte, 0, len(frameMagic)+4+len(name)+4+8)
	h = append(h, frameMagic...)
	h = binary.BigEndian.AppendUint32(h, uint32(len(name)))
	h = append(h, name...)
	h = binary.BigEndian.AppendUint32(h, uint32(int32(xobjDepth)))
	return binary.BigEndian.AppendUint64(h, uint64(dataLen))
}

// readRequest reads one request frame. It returns io.EOF when r ends before
// the frame starts (the parent closed the pipe) and another error for a
// truncated or malformed frame.
func readRequest(r io.Reader) (request, error) {
	var magic [len(frameMagic)]byte
	if _, err := io.ReadFull(r, magic[:]); err != nil {
		if err == io.EOF {
			return request{}, io.EOF
		}
		return request{}, truncated(err)
	}
	if string(magic[:]) != frameMagic {
		return request{}, fmt.Errorf("bad frame magic %q", magic[:])
	}
	var n [8]byte
	if _, err := io.ReadFull(r, n[:4]); err != nil {
		return request{}, truncated(err)
	}
	nameLen := binary.BigEndian.Uint32(n[:4])
	if nameLen > maxFrameName {
		return request{}, fmt.Errorf("frame name of %d bytes", nameLen)
	}
	name := make([]byte, nameLen)
	if _, err := io.ReadFull(r, name); err != nil {
		return request{}, truncated(err)
	}
	if _, err := io.ReadFull(r, n[:4]); err != nil {
		return request{}, truncated(err)
	}
	depth := int(int32(binary.BigEndian.Uint32(n[:4])))
	if _, err := io.ReadFull(r, n[:]); err != nil {
		return request{}, truncated(err)
	}
	data, err := readData(r, binary.BigEndian.Uint64(n[:]))
	if err != nil {
		return request{}, err
	}
	return request{name: string(name), xobjDepth: depth, data: data}, nil
}

// readData reads the frame's n bytes of PDF. A PDF of up to 16 MiB is read
// into one allocation of its size; a larger one into a buffer that grows as
// the bytes come, so that a frame claiming more than the stream holds fails as
// truncated instead of allocating the claim.
func readData(r io.Reader, n uint64) ([]byte, error) {
	const direct = 16 << 20
	if n <= direct {
		data := make([]byte, n)
		if _, err := io.ReadFull(r, data); err != nil {
			return nil, truncated(err)
		}
		return data, nil
	}
	if n > math.MaxInt64 {
		return nil, fmt.Errorf("frame of %d bytes", n)
	}
	var buf bytes.Buffer
	buf.Grow(direct)
	if m, err := io.CopyN(&buf, r, int64(n)); m < int64(n) {
		return nil, truncated(cmp.Or(err, io.ErrUnexpectedEOF))
	}
	return buf.Bytes(), nil
}

func truncated(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("truncated frame")
	}
	return err
}
