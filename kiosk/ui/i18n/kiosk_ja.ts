<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>見やすく、使いやすく</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>文字の大きさ %1/%2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>全体を下に寄せる</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>この設定はご覧になっている間だけ有効です。次の方は最初の状態から始まります。</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>管理用PINが設定されていません。次のコマンドで設定してください：kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PINの誤入力が続きました。%n秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PINが正しくありません。</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>管理画面はまもなく閉じます。</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>展示に戻る</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>表示中：%1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>フォルダー：%1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>表示開始：%1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>フォルダーを再確認</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>前のコンテンツに戻す</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>利用回数：%1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>利用時間の中央値：%1秒</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>表示画面数：%1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>新しい来館者に表示する言語</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>利用終了とみなす無操作時間</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>短く</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>長く</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>ディスプレイ</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>タッチテスト</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>テストパターン</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>ログ（新しいものが下）</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>キオスクを再起動</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>もう一度タップで終了</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>画面にタッチしてスタート</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>この章の人物</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>第%1章（全%2章）</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>前の章</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次へ：%1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>次の章</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>学芸員より</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>地図で見る</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>%1を地図で見る</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>ストーリーの中で</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>年のみ判明しています。</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>正確な日付は分かっていません。</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>前の出来事</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次へ：%1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>次の出来事</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>未翻訳のため原文で表示しています</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>写真</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>写真%n点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>ストーリー</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>年表</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>全%n章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>解説付きの写真%n点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n人の略歴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n件の出来事を日ごとに</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>地図上の%n地点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>まだご覧になっていますか？</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>%n秒後に、次の方のために最初の画面に戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>続けて見る</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>地図全体</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>この場所について詳しく</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>この日の出来事</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>この日付の出来事はありません。</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>同じ時期に</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>地図上の場所にタッチすると、そこで起きた出来事が表示されます。</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>地図全体</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>アクセシビリティ：文字の大きさ、コントラスト、表示の高さ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1（この地図の範囲外）</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>ストーリーの中で</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>%1生まれ</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>%1没</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>前の写真</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>次の写真</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>画面に合わせる</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>仮の画像：原本の写真はまだ展示されていません</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>ストーリーの中で</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>出来事</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>スタッフ専用：PIN入力</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>ここで起きたこと</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>ほかに名前が出る出来事</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>ストーリーの中で</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>写真</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>地図の日付：%1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>地図全体</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>肖像の仮画像</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>肖像は準備中</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>セーフモード</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>このコンテンツを表示し続ける</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>セーフモードを終了して再起動</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>音声モード。画面に触れると、その場所の内容が聞こえます。右または左にスワイプすると項目を移動し、ダブルタップで開きます。テンキーでは 4 と 6 で移動、5 で開き、アスタリスクですべてのキーの説明が聞けます。</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>画面に触れると、指の下にある内容が聞こえます。右または左にスワイプするか、6 または 4 を押すと、次または前の項目に移ります。下または上にスワイプするか、2 または 8 を押すと、次または前の見出しに移るか、スライダーを動かします。ダブルタップするか、5 または Enter を押すと、項目を開きます。2 本の指でタップするか、3 を押すと一時停止します。7 で最初の画面、1 で戻る、9 で項目をもう一度聞く、プラスとマイナスで音量、スラッシュで別の言語、0 で音声モードを終了します。</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>音声モードをオフにしました。</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>音量 %1 パーセント</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1、リンク</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1、ボタン</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1、スライダー</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1、画像</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1、選択中</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>地図上の場所</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>地図上の矢印: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>地図上にはほかに: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>ストーリー</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>第%1章</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日付：%1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>年表、%1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>それ以前</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>それ以降</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>月のみ判明、または長期にわたる出来事</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>移動：%1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>%1頁</translation>
    </message>
</context>
</TS>
