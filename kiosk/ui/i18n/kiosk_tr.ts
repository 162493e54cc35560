<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>Kolay kullanım</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Yazı boyutu</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>Yazı boyutu %1 / %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>Her şeyi aşağı al</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>Bu ayarlar yalnızca sizin ziyaretiniz için geçerlidir; sonraki ziyaretçi baştan başlar.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>Yönetici PIN&apos;i belirlenmemiş. Şu komutla belirleyin: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Çok fazla hatalı PIN girildi. %n saniye sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Bu PIN doğru değil.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>Yönetim ekranı birazdan kapanacak.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>Yönetim</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>Sergiye dön</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>Gösterilen: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Klasör: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>Gösterim başlangıcı: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>Klasörü yeniden denetle</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>Önceki içeriğe dön</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>Ziyaret sayısı: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>Ortanca ziyaret süresi: %1 sn</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>Görüntülenen ekran: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>Yeni ziyaretçinin karşılaştığı dil</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>Ziyaret bitmeden önceki işlemsiz süre</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n saniye</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>Daha kısa</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>Daha uzun</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Ekran</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>Dokunma testi</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>Test deseni</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>Günlük (en yenisi en sonda)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>Kiosku yeniden başlat</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>Kapatmak için yeniden dokunun</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>Başlamak için dokunun</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>Bu bölümdeki kişiler</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotoğraflar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>Bölüm %1 / %2</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>Önceki bölüm</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Sonraki: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>Sonraki bölüm</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>Küratörün notu</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>Haritada göster</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>%1: haritada göster</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Hikâyede</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotoğraflar</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>Yalnızca yılı biliniyor.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>Kesin günleri bilinmiyor.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Kuruluşlar</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>Önceki olay</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Sonraki: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>Sonraki olay</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>Henüz çevrilmedi: özgün dilinde</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>Fotoğraflar</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n fotoğraf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>Hikâye</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotoğraflar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>Okunacak %n bölüm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>Hikâyeleriyle %n fotoğraf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n biyografi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>Gün gün %n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>Haritada %n yer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>Hâlâ burada mısınız?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>Sergi, sonraki ziyaretçi için %n saniye içinde baştan başlayacak.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Biraz daha süre</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>Haritanın tamamı</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>Bu yer hakkında daha fazlası</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>Bu günde</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>Bu güne tarihlenen bir olay yok.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>Aynı dönemde</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>Orada neler olduğunu görmek için haritada bir yere dokunun.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Haritanın tamamı</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>Erişilebilirlik: yazı boyutu, kontrast, alçak yerleşim</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1, bu haritanın dışında</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>Hikâyede</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotoğraflar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Doğum: %1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>Ölüm: %1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>Önceki fotoğraf</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>Sonraki fotoğraf</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uzaklaştır</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>Ekrana sığdır</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Yakınlaştır</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>Geçici görsel: özgün fotoğraf henüz sergilenmiyor</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Hikâyede</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Personel: PIN&apos;i girin</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>Burada neler oldu</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>Adının geçtiği diğer olaylar</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>Hikâyede</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Fotoğraflar</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>Haritadaki tarih: %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Haritanın tamamı</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>Geçici portre görseli</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>Henüz portre yok</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>Güvenli mod</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>Bu içeriği göstermeye devam et</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>Güvenli moddan çık ve yeniden başlat</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>Sesli mod. Orada ne olduğunu duymak için ekrana dokunun, öğeden öğeye geçmek için sağa veya sola kaydırın ve birini açmak için iki kez dokunun. Sayısal tuş takımında 4 ve 6 hareket ettirir, 5 açar, yıldız da tüm tuşları açıklar.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>Parmağınızın altında ne olduğunu duymak için ekrana dokunun. Sonraki veya önceki öğe için sağa veya sola kaydırın ya da 6 veya 4&apos;e basın. Sonraki veya önceki başlık için ya da bir kaydırıcıyı hareket ettirmek için aşağı veya yukarı kaydırın ya da 2 veya 8&apos;e basın. Öğeyi açmak için iki kez dokunun ya da 5&apos;e veya Enter&apos;a basın. Duraklatmak için iki parmakla dokunun ya da 3&apos;e basın. İlk ekran için 7&apos;ye, geri dönmek için 1&apos;e, bir öğeyi yeniden duymak için 9&apos;a, ses düzeyi için artı veya eksiye, başka bir dil için eğik çizgiye ve sesli moddan çıkmak için 0&apos;a basın.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>Sesli mod kapalı.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>Ses düzeyi yüzde %1</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, bağlantı</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, düğme</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, kaydırıcı</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, resim</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, seçili</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>Haritadaki yerler</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>Haritadaki oklar: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>Haritada ayrıca: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>Hikâye</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Bölüm %1</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Tarih: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>Zaman çizelgesi, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Daha önce</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Daha sonra</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>Yalnızca ayı bilinen ya da daha uzun sürenler</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>Git: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>s. %1</translation>
    </message>
</context>
</TS>
