//go:build !js

package e2e

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
)

// pdfText returns the text of a PDF that Chromium (Skia) printed, page by
// page, its runs separated by newlines: enough of a PDF reader to check
// what a printout says without poppler. It reads every object, inflates
// the streams, maps each Type0 font's codes to Unicode with its ToUnicode
// CMap, and decodes the Tj and TJ strings of each page's content and of
// the form XObjects it draws, with the fonts of their resources.
func pdfText(pdf []byte) string {
	objs := map[int][]byte{}
	for _, m := range pdfObj.FindAllSubmatch(pdf, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		objs[n] = m[2]
	}
	stream := func(body []byte) []byte {
		i := bytes.Index(body, []byte("stream"))
		j := bytes.LastIndex(body, []byte("endstream"))
		if i < 0 || j < i {
			return nil
		}
		data := bytes.TrimLeft(body[i+len("stream"):j], "\r\n")
		if !bytes.Contains(body[:i], []byte("/FlateDecode")) {
			return data
		}
		r, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil
		}
		out, _ := io.ReadAll(r)
		return out
	}
	cmaps := map[int]pdfCMap{} // by font object
	for n, body := range objs {
		if m := pdfToUnicode.FindSubmatch(body); m != nil {
			ref, _ := strconv.Atoi(string(m[1]))
			cmaps[n] = parseCMap(stream(objs[ref]))
		}
	}
	// fonts returns the resource names of the fonts of a page or form.
	fonts := func(body []byte) map[string]pdfCMap {
		out := map[string]pdfCMap{}
		if m := pdfFontDict.FindSubmatch(body); m != nil {
			for _, f := range pdfNameRef.FindAllSubmatch(m[1], -1) {
				ref, _ := strconv.Atoi(string(f[2]))
				out[string(f[1])] = cmaps[ref]
			}
		}
		return out
	}
	var b strings.Builder
	var show func(content []byte, fs map[string]pdfCMap, xobjects map[string]int)
	show = func(content []byte, fs map[string]pdfCMap, xobjects map[string]int) {
		var cur pdfCMap
		for _, m := range pdfOp.FindAllSubmatch(content, -1) {
			switch {
			case m[1] != nil: // /Fn size Tf
				cur = fs[string(m[1])]
			case m[2] != nil: // <hex> Tj
				b.WriteString(cur.decode(m[2]))
			case m[3] != nil: // [ … ] TJ
				for _, h := range pdfHex.FindAllSubmatch(m[3], -1) {
					b.WriteString(cur.decode(h[1]))
				}
			case m[4] != nil: // ET
				b.WriteByte('\n')
			case m[5] != nil: // /Xn Do
				if ref, ok := xobjects[string(m[5])]; ok {
					show(stream(objs[ref]), fonts(objs[ref]), nil)
				}
			}
		}
	}
	for _, m := range pdfPageRef.FindAllSubmatch(pdf, -1) { // the page tree's Kids, in order
		for _, k := range pdfRef.FindAllSubmatch(m[1], -1) {
			n, _ := strconv.Atoi(string(k[1]))
			page := objs[n]
			xobjects := map[string]int{}
			if x := pdfXObjectDict.FindSubmatch(page); x != nil {
				for _, f := range pdfNameRef.FindAllSubmatch(x[1], -1) {
					ref, _ := strconv.Atoi(string(f[2]))
					xobjects[string(f[1])] = ref
				}
			}
			if c := pdfContents.FindSubmatch(page); c != nil {
				ref, _ := strconv.Atoi(string(c[1]))
				show(stream(objs[ref]), fonts(page), xobjects)
			}
			b.WriteString("\f")
		}
	}
	return b.String()
}

var (
	pdfObj         = regexp.MustCompile(`(?s)(\d+) 0 obj\s*(.*?)endobj`)
	pdfToUnicode   = regexp.MustCompile(`/ToUnicode (\d+) 0 R`)
	pdfFontDict    = regexp.MustCompile(`(?s)/Font\s*<<(.*?)>>`)
	pdfXObjectDict = regexp.MustCompile(`(?s)/XObject\s*<<(.*?)>>`)
	pdfNameRef     = regexp.MustCompile(`/(\w+)\s+(\d+) 0 R`)
	pdfRef         = regexp.MustCompile(`(\d+) 0 R`)
	pdfPageRef     = regexp.MustCompile(`(?s)/Type /Pages\s.*?/Kids \[(.*?)\]`)
	pdfContents    = regexp.MustCompile(`/Contents (\d+) 0 R`)
	pdfOp          = regexp.MustCompile(`(?s)/(\w+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\[([^\]]*)\]\s*TJ|\b(ET)\b|/(\w+)\s+Do\b`)
	pdfHex         = regexp.MustCompile(`<([0-9A-Fa-f]*)>`)
	pdfBfChar      = regexp.MustCompile(`<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>`)
	pdfBfRange     = regexp.MustCompile(`<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>`)
	pdfSection     = regexp.MustCompile(`(?s)begin(bfchar|bfrange)(.*?)end(?:bfchar|bfrange)`)
)

// pdfCMap maps a font's character codes (of width bytes) to text.
type pdfCMap struct {
	width int
	m     map[uint32]string
}

// parseCMap reads a ToUnicode CMap's bfchar and bfrange sections (the
// forms Skia writes: single codes, and ranges with a first destination).
func parseCMap(s []byte) pdfCMap {
	c := pdfCMap{width: 2, m: map[uint32]string{}}
	if m := regexp.MustCompile(`begincodespacerange\s*<([0-9A-Fa-f]+)>`).FindSubmatch(s); m != nil {
		c.width = len(m[1]) / 2
	}
	for _, sec := range pdfSection.FindAllSubmatch(s, -1) {
		if string(sec[1]) == "bfrange" {
			for _, r := range pdfBfRange.FindAllSubmatch(sec[2], -1) {
				lo, hi, dst := hexNum(r[1]), hexNum(r[2]), utf16Hex(r[3])
				rs := []rune(dst)
				for code := lo; code <= hi && len(rs) > 0; code++ {
					c.m[code] = string(rs[:len(rs)-1]) + string(rs[len(rs)-1]+rune(code-lo))
				}
			}
			continue
		}
		for _, r := range pdfBfChar.FindAllSubmatch(sec[2], -1) {
			c.m[hexNum(r[1])] = utf16Hex(r[2])
		}
	}
	return c
}

// decode returns the text of a hex string of codes.
func (c pdfCMap) decode(hex []byte) string {
	if c.m == nil || c.width == 0 {
		return ""
	}
	var b strings.Builder
	for i := 0; i+2*c.width <= len(hex); i += 2 * c.width {
		b.WriteString(c.m[hexNum(hex[i:i+2*c.width])])
	}
	return b.String()
}

func hexNum(h []byte) uint32 {
	n, _ := strconv.ParseUint(string(h), 16, 32)
	return uint32(n)
}

// utf16Hex decodes a CMap destination, UTF-16BE in hex.
func utf16Hex(h []byte) string {
	var u []uint16
	for i := 0; i+4 <= len(h); i += 4 {
		u = append(u, uint16(hexNum(h[i:i+4])))
	}
	return string(utf16.Decode(u))
}
