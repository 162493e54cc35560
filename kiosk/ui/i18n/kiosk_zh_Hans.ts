<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_Hans" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>让使用更轻松</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>文字大小：%1 / %2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>整体下移</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>这些设置仅在您本次参观期间有效，下一位观众将从头开始。</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>尚未设置管理 PIN 码。请用以下命令设置：kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN 码错误次数过多，请 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN 码不正确。</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>管理界面即将关闭。</translation>
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
        <translation>返回展览</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>当前内容：%1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>启用时间：%1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>重新检查文件夹</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>恢复上一版内容</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>参观次数：%1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>参观时长中位数：%1 秒</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>浏览页面数：%1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>新观众看到的语言</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>无操作多久后结束参观</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>缩短</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>显示屏</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>触摸测试</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>测试图</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>日志（最新的在最后）</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>重启展示终端</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>再次轻触以退出</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>轻触屏幕开始</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>本章人物</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>第 %1 章，共 %2 章</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>上一章</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一章：%1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>下一章</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>策展人按语</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>在地图上查看</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>在地图上查看%1</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>故事中提及</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>仅知年份。</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>具体日期不详。</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>上一事件</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一事件：%1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>下一事件</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>尚未翻译：以原文显示</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>照片</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>共 %n 章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>%n 张照片及其故事</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>%n 篇人物传记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>%n 个事件，逐日呈现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>地图上的 %n 个地点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>展览将在 %n 秒后重新开始，迎接下一位观众。</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>再看一会儿</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>全图</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>了解此地详情</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>当天事件</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>这一天没有记载的事件。</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>同一时期</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>轻触地图上的地点，了解当地发生的事。</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>全图</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>无障碍：文字大小、对比度、界面高度</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1（不在此地图范围内）</translation>
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
        <translation>故事中提及</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>出生：%1</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>逝世：%1</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>上一张照片</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>下一张照片</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>适应屏幕</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>占位图：原照片尚未展出</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>故事中提及</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>仅限工作人员：输入 PIN</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>此地发生的事</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>另见于</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>故事中提及</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>地图日期：%1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>全图</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>肖像占位图</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>暂无肖像</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>安全模式</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>继续显示此内容</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>退出安全模式并重启</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>资料来源</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>语音模式。触摸屏幕可听到该处的内容，向右或向左滑动可在各项之间移动，双击可打开一项。在数字键盘上，4 和 6 用于移动，5 用于打开，星号键说明所有按键。</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>触摸屏幕可听到手指下方的内容。向右或向左滑动，或按 6 或 4，转到下一项或上一项。向下或向上滑动，或按 2 或 8，转到下一个或上一个标题，或移动滑块。双击，或按 5 或回车键，打开该项。用两根手指轻点，或按 3，暂停。按 7 回到第一个画面，按 1 返回，按 9 再听一遍，按加号或减号调节音量，按斜杠切换语言，按 0 退出语音模式。</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>语音模式已关闭。</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>音量百分之%1</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1，链接</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1，按钮</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1，滑块</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1，图片</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1，已选中</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>地图上的地点</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>地图上的箭头：%1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>地图上还有：%1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>第 %1 章</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>时间线，%1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>更早</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>更晚</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>仅知月份，或持续时间较长</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>前往：%1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>第%1页</translation>
    </message>
</context>
</TS>
