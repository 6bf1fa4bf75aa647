"""Malay, Bahasa Indonesia and Vietnamese cue phrases beyond ``reading.foreign``'s own:
opt-outs ("saya sudah tidak mau menerima tawaran apa pun dari kalian", "jangan ganggu saya
lagi", "padam nombor saya", "vui lòng không liên lạc với tôi nữa", "đừng nhắn tin cho tôi nữa",
"xoá thông tin của tôi") and waits for Hari Raya said the Malaysian way ("lepas Raya",
"selepas Hari Raya Haji").

A refusal must say "any more" (lagi, nữa), "from you" (dari kalian) or "any" (apa pun), or ask to
delete the person's details: "untuk sekarang belum dulu" (not for now), "đừng gọi giờ hành chính"
(not in office hours), "vị trí này chưa phù hợp" (this role does not fit) have no entry.
"""

from __future__ import annotations

_NO = r"(?:sudah |udah |dah |memang )?(?:tidak|tak|nggak|ngga|gak|ga|enggak|tdk|x)"
_WANT = r"(?:mau|mahu|ingin|nak|perlu|berminat|minat)"
_GET = r"(?:menerima|terima|dapat|dapet|dikirimi|dikirim|dihubungi|dikontak|dihubungi lagi)"
# Being reached, in the passive: "dihubungi", "dikontak", "ditelepon", "diganggu"
_PASSIVE = r"(?:dihubungi|dihubungin|dikontak|ditelepon|ditelpon|ditelefon|diganggu|dichat|di-chat|dimesej|di-?wa)"
_OFFERS = r"(?:tawaran|info|informasi|lowongan|pesan|email|mesej|job|kerja|loker)(?: (?:kerja|lowongan|pekerjaan|job))?"
_FROM_YOU = (
    r"dari (?:kalian|anda|bapak|ibu|kamu|sini|awak|korang|pihak anda|agensi ini|perusahaan ini|"
    r"(?:syarikat|company|agensi|perusahaan) (?:awak|anda|kalian|korang|kamu))"
)
# "any" before what is refused: "apa-apa mesej kerja", "sebarang tawaran"
_ANY_OF = r"(?:(?:apa-apa|apa2|apapun|sebarang|segala) )?"

_VI_ME = r"(?:tôi|em|mình|tui|tớ|anh|chị)"
_VI_VERB = (
    r"(?:liên lạc|liên hệ|nhắn tin|nhắn|gọi điện|gọi|gửi tin|gửi mail|gửi email|gửi thư|gửi việc|gửi job|"
    r"làm phiền|spam)"
)

OPT_OUTS: tuple[tuple[str, str], ...] = (
    # Bahasa / Malay: "tidak mau menerima tawaran apa pun dari kalian"
    (
        rf"{_NO} {_WANT} {_GET}(?: lagi)? {_ANY_OF}{_OFFERS}(?: (?:apa ?pun|apapun|apa-apa|apa2))?(?: lagi)? {_FROM_YOU}",
        "please do not contact me again",
    ),
    (
        rf"{_NO} {_WANT} {_GET} (?:lagi )?{_ANY_OF}{_OFFERS} (?:apa ?pun|apapun|apa-apa|apa2|lagi)",
        "please do not contact me again",
    ),
    (
        r"jangan (?:ganggu|kacau|mesej|message|whatsapp|wa|call|telefon|telepon|email|emel|kirim|hantar)"
        r"(?: apa-apa| apa2)?(?: (?:saya|aku|gue|sy))? lagi",
        "please do not contact me again",
    ),
    (
        r"(?:tolong |mohon |please )?(?:padam(?:kan)?|hapus(?:kan)?|buang) (?:nombor|nomor|no|maklumat|data|"
        r"resume|cv|profil)(?: (?:telefon|hp|peribadi|pribadi))? (?:saya|aku|sy)",
        "please delete my details",
    ),
    # the passive, wanting no more of being reached: "sudah tidak mau dihubungi lagi", "tak nak
    # dihubungi lagi" - unless "lagi" is scoped to one kind of thing ("soal posisi sales"; "soal
    # lowongan apa pun" is every kind)
    (
        rf"{_NO} {_WANT} {_PASSIVE} lagi(?! (?:soal|tentang|untuk|utk|buat|mengenai|terkait|pasal|kecuali|"
        r"selain|kalau|kalo|jam|waktu|pas)\b(?! (?:(?:lowongan|tawaran|posisi|pekerjaan|kerja|jawatan|loker|job) )?"
        r"(?:apa ?pun|apapun|apa-apa|apa2)\b))",
        "please do not contact me again",
    ),
    # the details to be deleted, said passive: "nomor saya tolong dihapus", "data saya mohon
    # dipadam" (not a number replaced: "... dihapus, pakai yang baru")
    (
        r"(?<!sudah )(?:nomor|nombor|no|data|maklumat|kontak|profil|cv)(?: (?:hp|telepon|telefon|pribadi|"
        r"peribadi))? (?:saya|aku|sy) (?:tolong |mohon |sila |harap |minta )?(?:di)?(?:hapus|padam|buang)(?:kan)?"
        r"(?![^.!?\n]{0,40}\b(?:baru|ganti|pakai|pake|guna|yang lama)\b)",
        "please delete my details",
    ),
    # Vietnamese: "không liên lạc với tôi nữa", "đừng nhắn tin cho tôi nữa"
    (
        rf"(?:vui lòng |làm ơn |xin |đề nghị )?(?:đừng|không|ko|hổng|dừng|ngừng|thôi)(?: (?:có|nên))? "
        # "đừng gửi email tuyển dụng cho tôi nữa": what is sent may be named (roles in general)
        rf"{_VI_VERB}(?: (?:tuyển dụng|việc làm|tin tuyển dụng))?(?: (?:với|cho|tới|đến))? {_VI_ME}(?: (?:thêm|lần nào))? nữa",
        "please do not contact me again",
    ),
    (
        rf"(?:vui lòng |làm ơn |xin )?(?:ngừng|dừng) (?:liên lạc|liên hệ|nhắn tin|gửi tin)(?: (?:với|cho) {_VI_ME})?",
        "stop contacting me",
    ),
    (
        rf"(?:vui lòng |làm ơn |xin )?(?:xóa|xoá) (?:số(?: điện thoại)?|thông tin|hồ sơ|dữ liệu|cv)(?: của)? {_VI_ME}",
        "please delete my details",
    ),
)

# What kind of employer is refused or wanted: "tidak mau kerja di perusahaan keluarga lagi" (won't
# work at a family company again), "em thích công ty nhỏ" (likes small companies), "chỉ muốn vào
# tập đoàn lớn" (only wants to join a big corporation). "không thích" (doesn't like) is found
# first, where it starts.
CUES: tuple[tuple[str, str], ...] = (
    (rf"{_NO} {_WANT} (?:kerja|bekerja|masuk) (?:di|dengan|untuk|ke)", "won't work at"),
    (r"(?:perusahaan|syarikat|bisnis|perniagaan|usaha) keluarga", "family companies"),
    (r"konglomerat", "conglomerate"),
    # leading people: "nggak mau pegang tim dulu" (doesn't want to run a team for now), "siap pegang
    # tim" (ready to), "pengen jadi EM" (wants to be an EM); "pegang project" is no team
    (
        rf"{_NO} {_WANT}(?= (?:pegang|megang|memegang|pimpin|memimpin) (?:tim|team)\b)",
        "doesn't want",
    ),
    (
        r"(?:siap|sedia|bersedia)(?= (?:pegang|megang|memegang|pimpin|memimpin) (?:tim|team)\b)",
        "keen on",
    ),
    (r"(?:pegang|megang|memegang|pimpin|memimpin) (?:tim|team)", "managing a team"),
    (r"(?:pengen|pingin|kepengen|ingin) (?:jadi|menjadi)", "wants to be"),
    # Vietnamese "em" (I, to an elder) before a Vietnamese word is no engineering manager
    (r"em(?= \S*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹíìóòúùéèáàý])", "i"),
    (r"(?:không|ko|chẳng|hổng) (?:thích|muốn)(?: vào| làm(?: ở)?)?", "doesn't want"),
    (r"chỉ muốn(?: vào| làm(?: ở)?)?", "only wants to join"),
    (r"(?<!không )(?<!ko )thích", "likes"),
    (r"(?:công ty|cty) (?:nhỏ|bé)", "small companies"),
    (r"(?:công ty|cty) (?:lớn|to)|tập đoàn(?: (?:lớn|đa quốc gia))?", "big corporations"),
)

_RAYA = r"(?:hari )?raya(?: (?:puasa|aidilfitri|idul ?fitri|fitrah))?"
_RAYA_HAJI = r"(?:hari )?raya (?:haji|korban|aidiladha|idul ?adha)|aidiladha"
_AFTER = r"(?:lepas|selepas|habis|lps|slps|sesudah|setelah|sehabis|abis|tunggu lepas|tunggu habis)"
_UNTIL = r"(?:sampai|hingga|sehingga|smpai|sampe|tunggu)"
WAITS: tuple[tuple[str, str], ...] = (
    (rf"{_AFTER} {_RAYA_HAJI}", "after eid al-adha"),
    (rf"{_AFTER} {_RAYA}", "after eid al-fitr"),
    (rf"{_UNTIL} {_RAYA_HAJI}", "until eid al-adha"),
    (rf"{_UNTIL} {_RAYA}", "until eid al-fitr"),
    # Vietnamese, a wait called off: "em nghỉ việc rồi, giờ nói chuyện được luôn" (left the job,
    # can talk now); "nói chuyện được" with no "now" ("chiều nay nói chuyện được không?") has no entry
    (r"(?:đã |vừa )?nghỉ việc (?:xong )?rồi", "quit my job already"),
    (
        rf"(?:giờ|bây giờ|giờ thì|hiện giờ)(?: {_VI_ME})? (?:nói chuyện|trao đổi|phỏng vấn|nc|gọi) được "
        r"(?:luôn|rồi|ngay)",
        "can talk right now",
    ),
)

# Pay in Indonesian and Vietnamese units: "70 juta per bulan", "120 triệu/tháng" (a million
# rupiah, a million dong).
WORDS: tuple[tuple[str, str], ...] = (
    (r"(?<=\d)\s?(?:juta|jt)", " million idr"),
    (r"(?<=\d)\s?triệu(?: (?:đồng|vnđ|vnd))?(?! vnd)", " million vnd"),
    (r"per bulan|sebulan|perbulan|một tháng|mỗi tháng|hàng tháng", "per month"),
    # glued to the amount by a slash: "30jt/bulan", "120 triệu/tháng"
    (r"/ ?(?:bulan|bln|tháng)", " per month"),
)
