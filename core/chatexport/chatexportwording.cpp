#include "chatexportwording.h"

#include <initializer_list>

namespace hookline::ChatExportWording {

namespace {

using Words = std::initializer_list<QStringView>;

bool equalsAny(QStringView text, Words words)
{
    for (const QStringView w : words) {
        if (text.compare(w, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool startsWithAny(QStringView text, Words words)
{
    for (const QStringView w : words) {
        if (text.startsWith(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// iOS, one line each: image, video, audio, sticker, GIF, contact card.
constexpr Words iosMedia = {
    u"image omitted",
    u"video omitted",
    u"audio omitted",
    u"sticker omitted",
    u"GIF omitted",
    u"Contact card omitted",
    u"voice message omitted",
    u"view once media omitted",
    u"Bild weggelassen",
    u"Video weggelassen",
    u"Audio weggelassen",
    u"Sticker weggelassen",
    u"GIF weggelassen",
    u"Kontaktkarte ausgelassen",
    u"imagen omitida",
    u"Video omitido",
    u"audio omitido",
    u"sticker omitido",
    u"GIF omitido",
    u"Tarjeta de contacto omitida",
    u"imagem ocultada",
    u"vídeo omitido",
    u"áudio ocultado",
    u"figurinha omitida",
    u"Cartão do contato omitido",
    u"imagem não revelada",
    u"vídeo não revelado",
    u"ficheiro de áudio não revelado",
    u"sticker não revelado",
    u"GIF não revelada",
    u"Contacto não revelado",
    u"изображение отсутствует",
    u"видео отсутствует",
    u"аудиофайл отсутствует",
    u"стикер не добавлен",
    u"GIF отсутствует",
    u"Карточка контакта отсутствует",
    u"gambar tidak disertakan",
    u"video tidak disertakan",
    u"audio tidak disertakan",
    u"stiker tidak disertakan",
    u"GIF tidak disertakan",
    u"Kartu kontak tidak disertakan",
    u"لم يتم إدراج الصورة",
    u"لم يتم إدراج الفيديوهات",
    u"لم يتم إدراج المقاطع الصوتية",
    u"تم حذف الملصقات",
    u"لم يتم إدراج صورة GIF",
    u"لم يتم إدراج بطاقة جهة اتصال",
    u"फ़ोटो हटाई गई",
    u"वीडियो छोड़ा गया",
    u"ऑडियो हटाई गयी",
    u"स्टिकर छोड़ा गया",
    u"GIF छोड़ा गया",
    u"कॉन्टैक्ट कार्ड छोड़ा गया",
    u"görüntü dahil edilmedi",
    u"video dahil edilmedi",
    u"ses dahil edilmedi",
    u"Çıkartma dahil edilmedi",
    u"GIF dahil edilmedi",
    u"Kişi kartı dahil edilmedi",
    u"image absente",
    u"vidéo absente",
    u"audio omis",
    u"sticker omis",
    u"GIF retiré",
    u"Fiche contact manquante",
    u"immagine omessa",
    u"video omesso",
    u"audio omesso",
    u"sticker non incluso",
    u"GIF esclusa",
    u"Scheda contatto omessa",
    u"ไม่มีรูปภาพ",
    u"วิดีโอถูกลบ",
    u"ไม่มีไฟล์เสียง",
    u"ไม่มีสติกเกอร์",
    u"ละเว้น GIF",
    u"บัตรรายชื่อที่ละเว้น",
};

// iOS names the document first: "report.pdf • 3 pages document omitted".
constexpr Words iosDocument = {
    u"document omitted",       u"Dokument weggelassen", u"documento omitido",
    u"documento não revelado", u"документ отсутствует", u"dokumen tidak disertakan",
    u"لم يتم إدراج المستند",   u"डॉक्यूमेंट छोड़ा गया",      u"belge dahil edilmedi",
    u"document manquant",      u"documento omesso",     u"ละเว้นเอกสาร",
};

// Android, the whole message: current wording first, then older releases'.
constexpr Words androidMedia = {
    u"<Media omitted>",
    u"<attached media omitted>",
    u"media omitted",
    u"<Medien ausgeschlossen>",
    u"<Medien weggelassen>",
    u"<Multimedia omitido>",
    u"<Archivo omitido>",
    u"<Mídia oculta>",
    u"<Mídia omitida>",
    u"<Ficheiro não revelado>",
    u"<Без медиафайлов>",
    u"<Файл пропущен>",
    u"<Media tidak disertakan>",
    u"<تم استبعاد الوسائط>",
    u"<मीडिया के बिना>",
    u"<Medya dahil edilmedi>",
    u"<Medya atlanmış>",
    u"<Médias omis>",
    u"<Fichier omis>",
    u"<Media omessi>",
    u"<Media omesso>",
    u"<ไฟล์สื่อถูกลบ>",
    u"<สื่อถูกลบ>",
    u"<Media weggelaten>",
};

} // namespace

bool isMediaPlaceholder(QStringView text)
{
    if (text.size() > 300 || text.contains(u'\n'))
        return false;
    if (equalsAny(text, iosMedia) || equalsAny(text, androidMedia) || equalsAny(text, iosDocument))
        return true;
    for (const QStringView w : iosDocument) {
        if (text.size() > w.size() && text.endsWith(w, Qt::CaseInsensitive)
            && text[text.size() - w.size() - 1].isSpace())
            return true;
    }
    return false;
}

bool isAttachedNote(QStringView note)
{
    return equalsAny(note,
                     {u"file attached", u"Datei angehängt", u"archivo adjunto",
                      u"archivo adjuntado", u"arquivo anexado", u"ficheiro anexado",
                      u"файл добавлен", u"file terlampir", u"الملف مرفق", u"ملف مرفق",
                      u"फाइल अटैच कर दी गई है", u"dosya ekli", u"fichier joint", u"file allegato",
                      u"ไฟล์ที่แนบ", u"bestand bijgevoegd"});
}

bool isDeletedNote(QStringView text)
{
    return startsWithAny(text,
                         {u"This message was deleted",
                          u"You deleted this message",
                          u"Diese Nachricht wurde gelöscht",
                          u"Du hast diese Nachricht gelöscht",
                          u"Se eliminó este mensaje",
                          u"Eliminaste este mensaje",
                          u"Este mensaje fue eliminado",
                          u"Mensagem apagada",
                          u"Esta mensagem foi apagada",
                          u"Você apagou esta mensagem",
                          u"Apagou esta mensagem",
                          u"Данное сообщение удалено",
                          u"Вы удалили данное сообщение",
                          u"Pesan ini telah dihapus",
                          u"Anda menghapus pesan ini",
                          u"Anda telah menghapus pesan ini",
                          u"تم حذف هذه الرسالة",
                          u"لقد حذَفت هذه الرسالة",
                          u"لقد حذفت هذه الرسالة",
                          u"أنت حذفت هذه الرسالة",
                          u"यह मैसेज डिलीट कर दिया गया है",
                          u"आपने यह मैसेज डिलीट किया",
                          u"Bu mesaj silindi",
                          u"Bu mesajı sildiniz",
                          u"Ce message a été supprimé",
                          u"Vous avez supprimé ce message",
                          u"Pesan ini dihapus",
                          u"Questo messaggio è stato eliminato",
                          u"Hai eliminato questo messaggio",
                          u"ข้อความนี้ถูกลบแล้ว",
                          u"ข้อความนี้ได้ถูกลบ",
                          u"คุณได้ลบข้อความนี้",
                          u"คุณลบข้อความนี้"});
}

bool isMissedCall(QStringView text)
{
    return equalsAny(text,
                     {u"Missed voice call",
                      u"Missed video call",
                      u"Missed group voice call",
                      u"Missed group video call",
                      u"Verpasster Sprachanruf",
                      u"Verpasster Videoanruf",
                      u"Llamada perdida",
                      u"Llamada de voz perdida",
                      u"Videollamada perdida",
                      u"Chamada de voz perdida",
                      u"Ligação de voz perdida",
                      u"Chamada de vídeo perdida",
                      u"Ligação de vídeo perdida",
                      u"Videochamada perdida",
                      u"Пропущенный аудиозвонок",
                      u"Пропущенный видеозвонок",
                      u"Panggilan suara tak terjawab",
                      u"Panggilan video tak terjawab",
                      u"مكالمة صوتية فائتة",
                      u"مكالمة فيديو فائتة",
                      u"वॉइस कॉल मिस हुई",
                      u"मिस्ड वॉइस कॉल",
                      u"मिस्ड वीडियो कॉल",
                      u"Cevapsız sesli arama",
                      u"Cevapsız görüntülü arama",
                      u"Appel vocal manqué",
                      u"Appel vidéo manqué",
                      u"Chiamata vocale persa",
                      u"Videochiamata persa",
                      u"สายที่ไม่ได้รับ",
                      u"วิดีโอคอลที่ไม่ได้รับ",
                      u"สายโทรวิดีโอที่ไม่ได้รับ"});
}

bool isLocation(QStringView text)
{
    // The label is translated; the link is not.
    const qsizetype colon = text.indexOf(u':');
    return colon > 0 && colon <= 30 && !text.contains(u'\n')
        && text.sliced(colon + 1).trimmed().startsWith(u"https://maps.google.com/");
}

} // namespace hookline::ChatExportWording
