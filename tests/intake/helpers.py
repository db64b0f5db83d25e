"""Build small real files (including PDFs) for intake tests."""

from __future__ import annotations


def make_pdf(page_texts: list[str | None]) -> bytes:
    """A minimal valid PDF; a ``None`` page has no content stream (like a scan without text)."""
    objects: list[bytes] = []
    n_pages = len(page_texts)
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    font_num = 3 + 2 * n_pages
    for i, text in enumerate(page_texts):
        content_num = 4 + 2 * i
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_num} 0 R "
                       f"/Resources << /Font << /F1 {font_num} 0 R >> >> >>".encode())
        if text is None:
            stream = b""
        else:
            lines = []
            for k, line in enumerate(text.split("\n")):
                esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                lines.append(f"BT /F1 11 Tf 50 {750 - 14 * k} Td ({esc}) Tj ET")
            stream = "\n".join(lines).encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
