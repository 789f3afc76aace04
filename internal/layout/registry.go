package layout

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"jplan/internal/sniff"
)

// Options describe the document being parsed; none of them decides its format,
// which comes from the bytes alone.
type Options struct {
	Name            string // file name or URL, for messages and Document.Name
	URL             string // source URL when known (Document.URL)
	DeclaredCharset string // charset from an HTTP Content-Type header, when known
}

// ParseFunc turns the raw bytes of one format into a Document.
type ParseFunc func(ctx context.Context, data []byte, opt Options) (*Document, error)

var (
	parsersMu sync.RWMutex
	parsers   = map[string]ParseFunc{}
)

// Register makes a parser available for a format (plan.FormatHTML, FormatPDF,
// FormatText), like image.RegisterFormat. It panics when format is empty, fn is
// nil or the format already has a parser: that is a programming error.
func Register(format string, fn ParseFunc) {
	if format == "" || fn == nil {
		panic("layout: Register with an empty format or a nil parser")
	}
	parsersMu.Lock()
	defer parsersMu.Unlock()
	if _, dup := parsers[format]; dup {
		panic("layout: Register called twice for format " + format)
	}
	parsers[format] = fn
}

// Formats returns the formats that have a parser, sorted.
func Formats() []string {
	parsersMu.RLock()
	defer parsersMu.RUnlock()
	out := make([]string, 0, len(parsers))
	for f := range parsers {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// ErrNoParser is wrapped by Parse's error when no parser is registered for the
// sniffed format (the PDF parser registers itself from its own package).
var ErrNoParser = errors.New("no parser registered")

// Error is a failure to lay out one document: it names the document and the
// format and wraps the cause, like fs.PathError.
type Error struct {
	Name   string // the document (Options.Name)
	Format string // the sniffed format
	Err    error
}

func (e *Error) Error() string {
	name := e.Name
	if name == "" {
		name = "(unnamed document)"
	}
	return fmt.Sprintf("layout: %s (%s): %s", name, e.Format, WithoutName(e.Err.Error(), e.Name))
}

// WithoutName drops the "NAME: " prefixes that inner errors repeat, so a
// message that names its document once at the front does not name it again
// at every layer ("pdf: x.pdf: text layer: pdftext: x.pdf: …").
func WithoutName(msg, name string) string {
	if name == "" {
		return msg
	}
	return strings.ReplaceAll(msg, name+": ", "")
}

func (e *Error) Unwrap() error { return e.Err }

// Parse sniffs the format of data from its bytes (never from the name or a
// Content-Type) and dispatches to the parser registered for it. The Document
// carries opt.Name, opt.URL and the format.
func Parse(ctx context.Context, data []byte, opt Options) (*Document, error) {
	format := sniff.Format(data)
	parsersMu.RLock()
	fn := parsers[format]
	parsersMu.RUnlock()
	if fn == nil {
		return nil, &Error{Name: opt.Name, Format: format, Err: ErrNoParser}
	}
	if err := ctx.Err(); err != nil {
		return nil, &Error{Name: opt.Name, Format: format, Err: err}
	}
	doc, err := fn(ctx, data, opt)
	if err == nil && doc == nil {
		err = errors.New("parser returned no document")
	}
	if err != nil {
		var le *Error
		if errors.As(err, &le) {
			return nil, err
		}
		return nil, &Error{Name: opt.Name, Format: format, Err: err}
	}
	if doc.Name == "" {
		doc.Name = opt.Name
	}
	if doc.URL == "" {
		doc.URL = opt.URL
	}
	if doc.Format == "" {
		doc.Format = format
	}
	if doc.Blocks == nil {
		doc.Blocks = []Block{}
	}
	return doc, nil
}
