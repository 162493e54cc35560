<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Make it easier to use</source>
        <translation>더 편하게 보기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>Text size %1 of %2</source>
        <translation>글자 크기 %1/%2</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Bring everything lower</source>
        <translation>화면 아래로 내리기</translation>
    </message>
    <message>
        <source>These settings end when you leave; the next visitor starts fresh.</source>
        <translation>이 설정은 관람을 마치면 해제되며, 다음 관람객은 처음부터 시작합니다.</translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <source>No admin PIN is set. Set one with: kiosk admin set-pin</source>
        <translation>관리자 PIN이 설정되지 않았습니다. 다음 명령으로 설정하세요: kiosk admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN을 여러 번 잘못 입력했습니다. %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>PIN이 올바르지 않습니다.</translation>
    </message>
</context>
<context>
    <name>AdminIdleNotice</name>
    <message>
        <source>The admin view is about to close.</source>
        <translation>관리 화면이 곧 닫힙니다.</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <source>Admin</source>
        <translation>관리</translation>
    </message>
    <message>
        <source>Back to the exhibit</source>
        <translation>전시로 돌아가기</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>콘텐츠</translation>
    </message>
    <message>
        <source>Showing: %1</source>
        <translation>표시 중: %1</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>폴더: %1</translation>
    </message>
    <message>
        <source>Since: %1</source>
        <translation>표시 시작: %1</translation>
    </message>
    <message>
        <source>Check the folder again</source>
        <translation>폴더 다시 확인</translation>
    </message>
    <message>
        <source>Go back to the previous content</source>
        <translation>이전 콘텐츠로 되돌리기</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Visits: %1</source>
        <translation>관람 횟수: %1</translation>
    </message>
    <message>
        <source>Median visit: %1 s</source>
        <translation>관람 시간 중앙값: %1초</translation>
    </message>
    <message>
        <source>Screens viewed: %1</source>
        <translation>조회한 화면 수: %1</translation>
    </message>
    <message>
        <source>Language a new visitor finds</source>
        <translation>새 관람객에게 보일 언어</translation>
    </message>
    <message>
        <source>Quiet time before a visit ends</source>
        <translation>관람 종료 전 대기 시간</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <source>Shorter</source>
        <translation>짧게</translation>
    </message>
    <message>
        <source>Longer</source>
        <translation>길게</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>디스플레이</translation>
    </message>
    <message>
        <source>Touch test</source>
        <translation>터치 테스트</translation>
    </message>
    <message>
        <source>Test pattern</source>
        <translation>테스트 패턴</translation>
    </message>
    <message>
        <source>Log (latest last)</source>
        <translation>로그(최신 항목이 맨 아래)</translation>
    </message>
    <message>
        <source>Restart the kiosk</source>
        <translation>키오스크 다시 시작</translation>
    </message>
    <message>
        <source>Tap again to quit</source>
        <translation>종료하려면 한 번 더 누르세요</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Touch to begin</source>
        <translation>화면을 터치하여 시작하세요</translation>
    </message>
</context>
<context>
    <name>ChapterScreen</name>
    <message>
        <source>People in this chapter</source>
        <translation>이 장의 인물</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Chapter %1 of %2</source>
        <translation>전체 %2장 중 %1장</translation>
    </message>
    <message>
        <source>Previous chapter</source>
        <translation>이전 장</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>다음: %1</translation>
    </message>
    <message>
        <source>Next chapter</source>
        <translation>다음 장</translation>
    </message>
</context>
<context>
    <name>CuratorNote</name>
    <message>
        <source>Curator&apos;s note</source>
        <translation>큐레이터 노트</translation>
    </message>
</context>
<context>
    <name>EventScreen</name>
    <message>
        <source>Show on map</source>
        <translation>지도에서 보기</translation>
    </message>
    <message>
        <source>Show %1 on the map</source>
        <translation>지도에서 %1 보기</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>이야기 속에서</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Only the year is known.</source>
        <translation>연도만 알려져 있습니다.</translation>
    </message>
    <message>
        <source>The exact days are not known.</source>
        <translation>정확한 날짜는 알려져 있지 않습니다.</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>조직</translation>
    </message>
    <message>
        <source>Earlier event</source>
        <translation>이전 사건</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>다음: %1</translation>
    </message>
    <message>
        <source>Later event</source>
        <translation>다음 사건</translation>
    </message>
</context>
<context>
    <name>FallbackNote</name>
    <message>
        <source>Not yet translated: shown in the original language</source>
        <translation>아직 번역되지 않아 원문으로 표시됩니다</translation>
    </message>
</context>
<context>
    <name>GalleriesScreen</name>
    <message>
        <source>Photographs</source>
        <translation>사진</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s)</source>
        <translation>
            <numerusform>사진 %n장</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>The story</source>
        <translation>이야기</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>연표</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) to read</source>
        <translation>
            <numerusform>%n개의 장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) with their stories</source>
        <translation>
            <numerusform>사진 %n장과 그 이야기</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n biographies</source>
        <translation>
            <numerusform>인물 소개 %n편</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), day by day</source>
        <translation>
            <numerusform>날짜별로 보는 사건 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <translation>
            <numerusform>지도 위의 장소 %n곳</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>아직 관람 중이신가요?</translation>
    </message>
    <message numerus="yes">
        <source>The exhibit starts again for the next visitor in %n second(s).</source>
        <translation>
            <numerusform>%n초 후 다음 관람객을 위해 전시가 처음으로 돌아갑니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>More time</source>
        <translation>계속 보기</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
</context>
<context>
    <name>MapScreen</name>
    <message>
        <source>Whole map</source>
        <translation>지도 전체</translation>
    </message>
    <message>
        <source>More about this place</source>
        <translation>이 장소 자세히 보기</translation>
    </message>
    <message>
        <source>On this day</source>
        <translation>이날의 사건</translation>
    </message>
    <message>
        <source>No event is dated to this day.</source>
        <translation>이날로 기록된 사건이 없습니다.</translation>
    </message>
    <message>
        <source>Around this time</source>
        <translation>같은 시기</translation>
    </message>
    <message>
        <source>Touch a place on the map to see what happened there.</source>
        <translation>지도에서 장소를 터치하면 그곳에서 일어난 일을 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>MapZoomControls</name>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>지도 전체</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Home</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Accessibility: text size, contrast, reach</source>
        <translation>접근성: 글자 크기, 대비, 화면 높이</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>OffMapPointer</name>
    <message>
        <source>%1, off this map</source>
        <translation>%1 (이 지도 범위 밖)</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
</context>
<context>
    <name>PersonScreen</name>
    <message>
        <source>In the story</source>
        <translation>이야기 속에서</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>사진</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>%1 출생</translation>
    </message>
    <message>
        <source>Died %1</source>
        <translation>%1 사망</translation>
    </message>
</context>
<context>
    <name>PhotoScreen</name>
    <message>
        <source>Previous photograph</source>
        <translation>이전 사진</translation>
    </message>
    <message>
        <source>Next photograph</source>
        <translation>다음 사진</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Fit to screen</source>
        <translation>화면에 맞추기</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Placeholder: the original photograph is not yet on display</source>
        <translation>임시 이미지: 원본 사진은 아직 전시되지 않았습니다</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>이야기 속에서</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>장소</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>직원 전용: PIN 입력</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>PlacePanel</name>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>What happened here</source>
        <translation>이곳에서 일어난 일</translation>
    </message>
    <message>
        <source>Also named in</source>
        <translation>함께 언급된 사건</translation>
    </message>
    <message>
        <source>In the story</source>
        <translation>이야기 속에서</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>사진</translation>
    </message>
</context>
<context>
    <name>PlaceScreen</name>
    <message>
        <source>The map shows %1</source>
        <translation>지도 날짜: %1</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>지도 전체</translation>
    </message>
</context>
<context>
    <name>Portrait</name>
    <message>
        <source>Portrait placeholder</source>
        <translation>초상 임시 이미지</translation>
    </message>
    <message>
        <source>No portrait yet</source>
        <translation>초상 사진 준비 중</translation>
    </message>
</context>
<context>
    <name>SafeModeSection</name>
    <message>
        <source>Safe mode</source>
        <translation>안전 모드</translation>
    </message>
    <message>
        <source>Keep showing this content</source>
        <translation>이 콘텐츠 계속 표시</translation>
    </message>
    <message>
        <source>Leave safe mode and restart</source>
        <translation>안전 모드 종료 후 다시 시작</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>SpeechMode</name>
    <message>
        <source>Speech mode. Touch the screen to hear what is there, swipe right or left to move from item to item, and double-tap to open one. On the keypad, 4 and 6 move, 5 opens, and star explains every key.</source>
        <translation>음성 모드. 화면을 만지면 그곳에 있는 내용을 들을 수 있고, 오른쪽이나 왼쪽으로 밀면 항목 사이를 이동하며, 두 번 탭하면 항목이 열립니다. 숫자 키패드에서 4와 6은 이동, 5는 열기이며, 별표를 누르면 모든 키를 설명합니다.</translation>
    </message>
    <message>
        <source>Touch the screen to hear what is under your finger. Swipe right or left, or press 6 or 4, for the next or previous item. Swipe down or up, or press 2 or 8, for the next or previous heading, or to move a slider. Double-tap, or press 5 or Enter, to open the item. Tap with two fingers, or press 3, to pause. Press 7 for the first screen, 1 to go back, 9 to hear an item again, plus or minus for the volume, slash for another language, and 0 to end speech mode.</source>
        <translation>화면을 만지면 손가락 아래에 있는 내용을 들을 수 있습니다. 오른쪽이나 왼쪽으로 밀거나 6이나 4를 누르면 다음 또는 이전 항목으로 갑니다. 아래나 위로 밀거나 2나 8을 누르면 다음 또는 이전 제목으로 가거나 슬라이더를 움직입니다. 두 번 탭하거나 5 또는 Enter를 누르면 항목이 열립니다. 두 손가락으로 탭하거나 3을 누르면 일시 정지합니다. 7은 첫 화면, 1은 뒤로, 9는 항목 다시 듣기, 더하기나 빼기는 음량, 슬래시는 다른 언어, 0은 음성 모드 끝내기입니다.</translation>
    </message>
    <message>
        <source>Speech mode off.</source>
        <translation>음성 모드가 꺼졌습니다.</translation>
    </message>
    <message>
        <source>Volume %1 percent</source>
        <translation>음량 %1퍼센트</translation>
    </message>
    <message>
        <source>%1, link</source>
        <translation>%1, 링크</translation>
    </message>
    <message>
        <source>%1, button</source>
        <translation>%1, 버튼</translation>
    </message>
    <message>
        <source>%1, slider</source>
        <translation>%1, 슬라이더</translation>
    </message>
    <message>
        <source>%1, picture</source>
        <translation>%1, 이미지</translation>
    </message>
    <message>
        <source>%1, selected</source>
        <translation>%1, 선택됨</translation>
    </message>
    <message>
        <source>Places on the map</source>
        <translation>지도 위의 장소</translation>
    </message>
    <message>
        <source>Arrows on the map: %1</source>
        <translation>지도 위의 화살표: %1</translation>
    </message>
    <message>
        <source>Also on the map: %1</source>
        <translation>지도에 함께 있는 것: %1</translation>
    </message>
</context>
<context>
    <name>StoryScreen</name>
    <message>
        <source>The story</source>
        <translation>이야기</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>%1장</translation>
    </message>
</context>
<context>
    <name>TestPattern</name>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>날짜: %1</translation>
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline, %1</source>
        <translation>연표, %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Known only to the month, or over a longer time</source>
        <translation>월만 알려져 있거나 기간이 긴 사건</translation>
    </message>
    <message>
        <source>Go to: %1</source>
        <translation>이동: %1</translation>
    </message>
</context>
<context>
    <name>TouchTest</name>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>pp. %1</source>
        <translation>%1쪽</translation>
    </message>
</context>
</TS>
