"""Example sentences for the Indonesian pack, written for these tests and docs."""

EXAMPLES = [
    "Netflix resmi mengumumkan musim kedua serial Rumah Kabut.",
    "Sutradara Budi Santoso mengaku naskah season 2 sedang ditulis.",
    "Hingga kini belum ada konfirmasi resmi dari pihak Vidio soal musim ketiga.",
    "Pihak rumah produksi membantah kabar bahwa syuting sudah dimulai.",
    "Musim ketiga akan menjadi musim terakhir, menurut pernyataan WeTV.",
    "Film kedua dijadwalkan tayang di bioskop pada akhir tahun depan.",
]
