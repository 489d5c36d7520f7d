<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionRow</name>
    <message>
        <location filename="../../kodoku_desk/ui/visit_entry_parts.py" line="+41"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>内容（例：長女に電話し状況を伝えた）</source>
        <translation>What was done (e.g. phoned the eldest daughter and explained)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>結果：なし</source>
        <translation>Result: none</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>削除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>この対応・連絡の行を削除します</source>
        <translation>Remove this action row</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../kodoku_desk/ui/app.py" line="+26"/>
        <source>つながりデスク</source>
        <translation>Kodoku Desk</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/assessment_dialog.py" line="+118"/>
        <source>アセスメント（孤独感の評価）</source>
        <translation>Assessment (loneliness)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>例：令和8年10月1日、R8.10.1、2026/10/1</source>
        <translation>e.g. 2026/10/1, 令和8年10月1日, R8.10.1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>実施日・実施者</source>
        <translation>Date and interviewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>実施日</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>実施者</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>間接質問（問1～問3）</source>
        <translation>Indirect questions (Q1–Q3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>無回答</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>直接質問</source>
        <translation>Direct question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>社会的交流</source>
        <translation>Social contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>聞いていない（記録しない）</source>
        <translation>Not asked (not recorded)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>聞き取りのときの様子など</source>
        <translation>How the interview went, etc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メモ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>キャンセル（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>西暦でも和暦でも入力できます。</source>
        <translation>Enter the date in the Western or the Japanese calendar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date}：未来の日付は保存できません。</source>
        <translation>{date}: a future date cannot be saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>3問すべてに回答があるときだけ得点を出します</source>
        <translation>A score is given only when all three questions are answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>合計 {score}点（{band}）</source>
        <translation>Total {score} points ({band})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>入力内容を確かめてください。保存していません。</source>
        <translation>Please check your entries. Nothing has been saved.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>入力の破棄</source>
        <translation>Discard input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容は保存されていません。破棄して閉じますか？</source>
        <translation>What you entered has not been saved. Discard it and close?</translation>
    </message>
</context>
<context>
    <name>CloseFollowUpDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/followups_page.py" line="+111"/>
        <source>フォローアップを完了にする</source>
        <translation>Close follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} さん：{reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>結果（必須）</source>
        <translation>Outcome (required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>完了にする</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../kodoku_desk/ui/record_form.py" line="+66"/>
        <source>西暦でも和暦でも入力できます。</source>
        <translation>Enter the date in the Western or the Japanese calendar.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/directory_page.py" line="+47"/>
        <source>関係機関の名簿</source>
        <translation>Directory of organisations</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+122"/>
        <source>すべての種類</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>種類で絞り込み</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称・電話番号・担当者で絞り込み</source>
        <translation>Filter by name, phone or contact person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>使用をやめた機関も表示</source>
        <translation>Show retired organisations too</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>編集</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+169"/>
        <location line="+32"/>
        <source>使用をやめる</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>つなぎ先として選べなくします（これまでの記録は残ります）</source>
        <translation>It can no longer be chosen as a referral destination (past records stay)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>関係機関の一覧</source>
        <translation>List of organisations</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>関係機関の名簿はスタッフ・管理者だけが扱えます。ボランティアのアカウントでは利用できません。</source>
        <translation>Only staff and administrators can use the directory of organisations; volunteer accounts cannot.</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>使用中 %n 件</source>
        <translation>
            <numerusform>%n in use</numerusform>
            <numerusform>%n in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>・使用停止 %n 件</source>
        <translation>
            <numerusform> · %n retired</numerusform>
            <numerusform> · %n retired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>（表示 %n 件）</source>
        <translation>
            <numerusform> (%n shown)</numerusform>
            <numerusform> (%n shown)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>名簿に機関はまだありません。「追加」から登録してください。</source>
        <translation>The directory is empty. Use “Add” to register an organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>条件に合う機関はありません。</source>
        <translation>No organisation matches.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>使用を再開する</source>
        <translation>Use again</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>「{name}」を追加しました。</source>
        <translation>Added “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」を保存しました。</source>
        <translation>Saved “{name}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>「{name}」の使用をやめますか？
つなぎ先として選べなくなります。これまでのつなぎの記録はそのまま残ります。</source>
        <translation>Retire “{name}”?
It can no longer be chosen as a referral destination. Past referral records stay as they are.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>「{name}」の使用をやめました。</source>
        <translation>Retired “{name}”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{name}」の使用を再開しました。</source>
        <translation>“{name}” is in use again.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/first_run.py" line="+43"/>
        <source>つながりデスク — はじめての設定</source>
        <translation>Kodoku Desk — first-time setup</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>つながりデスクへようこそ</source>
        <translation>Welcome to Kodoku Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>記録を暗号化して保存する新しいデータベースを作ります。最初の利用者は管理者になります。</source>
        <translation>This creates a new database that keeps your records encrypted. The first user becomes the administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>例：NPO法人つながりの会</source>
        <translation>e.g. Tsunagari Association (NPO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：山田 花子</source>
        <translation>e.g. Hanako Yamada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存先を変更…</source>
        <translation>Change location…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>団体名</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理者のお名前</source>
        <translation>Administrator&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>利用者名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ログインに使う名前です（半角英数字）。</source>
        <translation>The name you sign in with (letters and digits).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>パスフレーズ</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8文字以上。長い文章のようなパスフレーズがおすすめです</source>
        <translation>At least 8 characters. A long phrase, like a short sentence, works best.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>パスフレーズ（確認）</source>
        <translation>Passphrase (again)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存先</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>データベースを作成</source>
        <translation>Create database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>既存のデータベースを開く…</source>
        <translation>Open an existing database…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>データベースの保存先</source>
        <translation>Where to save the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つながりデスクのデータベース (*.kdesk)</source>
        <translation>Kodoku Desk database (*.kdesk)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>データベースを開く</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つながりデスクのデータベース (*.kdesk);;すべてのファイル (*)</source>
        <translation>Kodoku Desk database (*.kdesk);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>団体名を入力してください。</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>管理者のお名前を入力してください。</source>
        <translation>Enter the administrator&apos;s name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>8文字以上にしてください（いまは{count}文字です）。</source>
        <translation>Use at least 8 characters (now {count}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>確認用のパスフレーズが一致しません。もう一度入力してください。</source>
        <translation>The two passphrases do not match. Please type them again.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>データベースを作成しています。しばらくお待ちください…</source>
        <translation>Creating the database. Please wait…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>回復キーの確認</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回復キーは二度と表示されません。保管せずに閉じますか？</source>
        <translation>The recovery key will never be shown again. Close without keeping it?</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/followups_page.py" line="-73"/>
        <source>緊急度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当事者</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>担当</source>
        <translation>Assignee</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>（%n 日超過）</source>
        <translation>
            <numerusform> (%n day overdue)</numerusform>
            <numerusform> (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location line="+91"/>
        <source>フォローアップ</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>すべての緊急度</source>
        <translation>All urgencies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>緊急度：{level}</source>
        <translation>Urgency: {level}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>自分の担当のみ</source>
        <translation>Only mine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>完了にする</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>当事者のページを開く</source>
        <translation>Open person page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>最新の情報に更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>対応中のフォローアップ</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>対応中のフォローアップはありません。</source>
        <translation>There are no open follow-ups.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>対応中 %n 件</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>（うち期限切れ %n 件）</source>
        <translation>
            <numerusform> (%n overdue)</numerusform>
            <numerusform> (%n overdue)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{name} さんのフォローアップを完了にしました。</source>
        <translation>Closed the follow-up for {name}.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../kodoku_desk/ui/home_page.py" line="+30"/>
        <source>ホーム</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最新の情報に更新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数字を読み込み直します（F5）</source>
        <translation>Load the numbers again (F5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>担当している方についての数字です。</source>
        <translation>These numbers cover the people assigned to you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>今日の訪問予定</source>
        <translation>Planned visits today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>連絡が途絶えている方</source>
        <translation>People out of contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未対応のフォローアップ</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今月の見守り記録</source>
        <translation>Check-ins this month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援中の当事者</source>
        <translation>People supported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>今月の居場所</source>
        <translation>Drop-in places this month</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>連絡が途絶えている方（予定の間隔を過ぎた順）</source>
        <translation>People out of contact (longest past their plan first)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>お名前</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>見守り頻度</source>
        <translation>Check-in plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最後の連絡</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>経過</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ダブルクリックでその方のページを開きます</source>
        <translation>Double-click to open the person&apos;s page</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>今日は {date}</source>
        <translation>Today is {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>人</source>
        <comment>unit: people</comment>
        <translation>
            <numerusform>person</numerusform>
            <numerusform>people</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>次回予定日が今日の方
今週（日曜まで）は {n}人</source>
        <translation>Next visit planned for today
{n} this week (to Sunday)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>予定の間隔を過ぎても
連絡が取れていない方</source>
        <translation>No contact within their planned interval</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>件</source>
        <comment>unit: follow-ups</comment>
        <translation>
            <numerusform>follow-up</numerusform>
            <numerusform>follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急度 {levels}</source>
        <translation>Urgency: {levels}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>件</source>
        <comment>unit: visit records</comment>
        <translation>
            <numerusform>record</numerusform>
            <numerusform>records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{month}月1日からの記録</source>
        <translation>Recorded since the 1st of this month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>支援中として登録されている方</source>
        <translation>Registered as currently supported</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>回開催</source>
        <comment>unit: sessions held</comment>
        <translation>
            <numerusform>session held</numerusform>
            <numerusform>sessions held</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>延べ参加者 {total}人
（うち匿名 {walkins}人）</source>
        <translation>{total} attendances ({walkins} anonymous)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>記録なし</source>
        <translation>None recorded</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>登録から %n 日</source>
        <translation>
            <numerusform>%n day since registration</numerusform>
            <numerusform>%n days since registration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n 日</source>
        <comment>days since last contact</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>予定の間隔を過ぎている方はいません。</source>
        <translation>Nobody is past their planned interval.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>ほかに %n 人います。</source>
        <translation>
            <numerusform>And %n more person.</numerusform>
            <numerusform>And %n more people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LonelinessTrendChart</name>
    <message>
        <location filename="../../kodoku_desk/ui/trend_chart.py" line="+48"/>
        <source>孤独感の推移（UCLA孤独感尺度の合計点）</source>
        <translation>Loneliness over time (UCLA loneliness scale total)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>まだアセスメントの記録はありません</source>
        <translation>No assessments recorded yet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>最新 {score}点（{date}）</source>
        <translation>Latest {score} points ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>、前回 {score}点（{date}）</source>
        <translation>, previous {score} points ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>最新（{date}）は得点なし（未回答の設問あり）</source>
        <translation>Latest ({date}) has no score (a question was not answered)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>、得点のある最新 {score}点（{date}）</source>
        <translation>, latest scored {score} points ({date})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>UCLA孤独感尺度 3項目の合計（3～12点、高いほど孤独感が強い）</source>
        <translation>UCLA 3-item total (3–12 points; higher means lonelier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>○ は得点なし（3問すべての回答がない回）</source>
        <translation>○ = no score (not all three questions answered)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>直近{count}回を表示</source>
        <translation>Showing the latest {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kodoku_desk/ui/main_window.py" line="+35"/>
        <source>つながりデスク</source>
        <translation>Kodoku Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>メニュー</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ホーム</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事者</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見守り記録</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居場所</source>
        <translation>Drop-in places</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>関係機関</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>居場所の開催記録と、大きなボタンで参加者を受け付ける画面がここに入ります。</source>
        <translation>This will record drop-in sessions and check participants in with large buttons.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>フォローアップ</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>レポート</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>期間を選んで月次報告や匿名の集計表を確かめ、印刷・保存する画面がここに入ります。</source>
        <translation>This will let you choose a period, preview monthly reports and anonymous summary tables, and print or save them.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>利用者、バックアップ、自動ロック、集計の秘匿基準、選択肢の一覧を設定する画面がここに入ります。</source>
        <translation>This will hold the settings for users, backups, auto-lock, suppression thresholds and code lists.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>移動(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>言語(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}（{username}）・{role}</source>
        <translation>{name} ({username}) · {role}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>言語</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表示言語の変更は、つながりデスクを次に起動したときに反映されます。</source>
        <translation>The new language will be used the next time you start Kodoku Desk.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kodoku_desk/ui/messages.py" line="+13"/>
        <source>ファイルは変更していません。</source>
        <translation>No file was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>パスフレーズが違います。大文字と小文字、入力モード（かな／英数）を確かめて、もう一度入力してください。</source>
        <translation>Wrong passphrase. Check upper and lower case and the keyboard input mode (kana or alphanumeric), then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このデータベースに「{username}」という利用者はいません。利用者名を確かめてください。</source>
        <translation>There is no user “{username}” in this database. Check the user name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>この利用者は無効にされているため開けません。管理者に連絡してください。</source>
        <translation>This user has been disabled and cannot open the database. Please contact your administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>鍵ファイル（データベースと同じ名前で末尾が .keys のファイル）が見つかりません。データベースと同じフォルダーにあるか確かめ、なければバックアップから両方を復元してください。</source>
        <translation>The key file (same name as the database, ending in .keys) is missing. Check that it is in the same folder as the database; if it is not, restore both files from a backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>鍵ファイル（.keys）が壊れています。バックアップから復元してください。</source>
        <translation>The key file (.keys) is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>鍵ファイル（.keys）が書き換えられたか、古いコピーに置き換えられています。安全のため開きません。管理者に連絡し、最新のバックアップを確かめてください。</source>
        <translation>The key file (.keys) has been altered or replaced with an older copy, so it will not be opened, for safety. Contact your administrator and check your latest backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>データベースファイルが見つかりません。保存場所を確かめ、「別のファイルを選ぶ」から選んでください。</source>
        <translation>The database file was not found. Check where it is kept and select it with “Choose another file”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>データベースファイルが途中で切れています。バックアップから復元してください。</source>
        <translation>The database file is cut short. Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>データベースファイルが壊れているため開けません。バックアップから復元してください。</source>
        <translation>The database file is damaged and cannot be opened. Restore it from a backup.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このファイルはつながりデスクの暗号化データベースではありません。正しいファイル（.kdesk）を選んでください。</source>
        <translation>This file is not an encrypted Kodoku Desk database. Choose the right file (.kdesk).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このデータベースは新しいバージョンのつながりデスクで更新されています。アプリを最新版に更新してから開いてください。</source>
        <translation>This database was updated by a newer version of Kodoku Desk. Update the app, then open it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>鍵ファイル（.keys）が別のデータベースのものです。データベースと同じときに保存した鍵ファイルを同じフォルダーに置いてください。</source>
        <translation>The key file (.keys) belongs to another database. Put the key file saved together with this database in the same folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>このデータベースは別のウィンドウかパソコンで使用中です。そちらを閉じてから、もう一度開いてください。</source>
        <translation>This database is in use in another window or on another computer. Close it there, then try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>その場所にはすでにデータベースがあります。別の場所を選ぶか、既存のデータベースを開いてください。</source>
        <translation>There is already a database at that location. Choose another location or open the existing database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>パスフレーズが短すぎます。8文字以上にしてください。長い文章のようなパスフレーズがおすすめです。</source>
        <translation>The passphrase is too short. Use at least 8 characters; a long phrase, like a short sentence, works best.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>利用者名は半角の英字か数字で始め、半角英数字と「.」「_」「-」だけで32文字以内にしてください。</source>
        <translation>A user name starts with a letter or digit and has at most 32 letters, digits, “.”, “_” or “-”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>この操作は有効な管理者だけができます。</source>
        <translation>Only an active administrator can do this.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>これを削除するとデータベースを開く方法がなくなるため、削除できません。</source>
        <translation>This cannot be removed: nobody would be able to open the database any more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>指定された鍵が見つかりません。画面を開き直してもう一度お試しください。</source>
        <translation>That key was not found. Reopen this screen and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>回復キーが違います。印刷した回復キーを確かめて入力してください（ハイフンや空白はあってもなくてもかまいません）。</source>
        <translation>Wrong recovery key. Check the printed recovery key and type it again (hyphens and spaces are optional).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>「{username}」は有効な管理者ではありません。管理者の利用者名を入力してください。</source>
        <translation>“{username}” is not an active administrator. Enter an administrator&apos;s user name.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>予期しないエラーが起きました。もう一度お試しください。続く場合は、次の詳細を添えて管理者に連絡してください。</source>
        <translation>Something unexpected went wrong. Please try again. If it keeps happening, contact your administrator with the details below.</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/organization_dialog.py" line="+40"/>
        <source>関係機関を編集</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>関係機関を追加</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>機関名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：中央地域包括支援センター</source>
        <translation>e.g. Central community general support center</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話番号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>担当者</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：相談員 佐藤さん</source>
        <translation>e.g. Ms Sato, counsellor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未選択）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>孤独・孤立対策地域協議会の構成機関等</source>
        <translation>Member of the regional council on loneliness and isolation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域協議会</source>
        <translation>Regional council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>協議会の名称</source>
        <translation>Council name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：〇〇市孤独・孤立対策地域協議会</source>
        <translation>e.g. XX City regional council on loneliness and isolation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：受付は平日9時〜17時</source>
        <translation>e.g. open weekdays 9:00–17:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用中（つなぎ先として選べる）</source>
        <translation>In use (can be chosen as a destination)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状態</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/organizations_model.py" line="+54"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>電話番号</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>担当者</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地域協議会</source>
        <translation>Regional council</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>備考</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地域協議会の構成機関等</source>
        <translation>Member of the regional council</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}（使用停止）</source>
        <translation>{name} (retired)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>構成機関等</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../kodoku_desk/ui/widgets.py" line="+18"/>
        <location line="+15"/>
        <source>表示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>入力したパスフレーズを表示します</source>
        <translation>Show the passphrase you typed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>隠す</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../kodoku_desk/ui/people_page.py" line="+53"/>
        <source>当事者</source>
        <extracomment>Column widths in pixels at the default font (the last column stretches). A person was registered from this page (id of the new record).</extracomment>
        <translation>People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新規登録</source>
        <translation>New person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しい当事者を登録します（Ctrl+N）</source>
        <translation>Register a new person (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>見守りを記録</source>
        <translation>Log check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>選んだ方の見守りを記録します（Ctrl+R）</source>
        <translation>Log a check-in for the selected person (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>氏名・ふりがな・電話番号・番号で検索</source>
        <translation>Search by name, reading, phone or number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>検索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>支援状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援中・休止</source>
        <translation>Active and paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援中</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>休止</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての状況</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>すべての地区</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての担当者</source>
        <translation>All workers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>担当者</source>
        <translation>Worker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>すべての支援区分</source>
        <translation>All support categories</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>支援区分</source>
        <translation>Support categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>連絡が途絶えている方のみ</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>当事者の一覧</source>
        <translation>List of people</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>さらに表示</source>
        <translation>Show more</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter：開く&#x3000;Ctrl+R：見守りを記録&#x3000;Ctrl+N：新規登録</source>
        <translation>Enter: open   Ctrl+R: log check-in   Ctrl+N: new person</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>該当 %n人</source>
        <comment>people found</comment>
        <translation>
            <numerusform>%n person found</numerusform>
            <numerusform>%n people found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../../kodoku_desk/ui/people_section.py" line="+63"/>
        <source>見守りを記録</source>
        <translation>Record check-in</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>アセスメント</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>つなぎを記録</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>つなぎの結果を記録</source>
        <translation>Record referral outcome</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/people_model.py" line="+44"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ふりがな</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>年齢</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>見守り頻度</source>
        <translation>Check-in frequency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最後の連絡</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n歳</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n</numerusform>
            <numerusform>%n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>記録なし</source>
        <translation>None recorded</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n日超過</source>
        <comment>days overdue</comment>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonFormDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/person_form.py" line="+66"/>
        <source>当事者の情報を編集</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当事者の新規登録</source>
        <translation>Register a new person</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存します（Ctrl+S）</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>基本情報</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>氏（姓）</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セイ</source>
        <translation>Family name reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ヤマダ</source>
        <translation>ヤマダ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メイ</source>
        <translation>Given name reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>タロウ</source>
        <translation>タロウ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：昭和15年3月15日、S15.3.15、1940/3/15</source>
        <translation>e.g. 1940/3/15, 昭和15年3月15日, S15.3.15</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>性別</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+8"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>（未選択）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>連絡先</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>電話2</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急連絡先 氏名</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>続柄</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>長女</source>
        <translation>e.g. eldest daughter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急連絡先 電話</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>〒</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>都道府県</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村</source>
        <translation>City / ward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町字</source>
        <translation>Town</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>丁目</source>
        <translation>Chōme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地・号</source>
        <translation>Block and number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方書</source>
        <translation>Building / room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建物名・部屋番号</source>
        <translation>Building name and room number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地区</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>見守り</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見守り頻度</source>
        <translation>Check-in frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未設定）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯類型</source>
        <translation>Household type</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>支援区分</source>
        <translation>Support categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>終了日</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：令和8年3月31日</source>
        <translation>e.g. 2027/3/31</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>終了理由</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登録日</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：令和8年4月1日</source>
        <translation>e.g. 2026/4/1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>特記事項</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当事者番号：{code}</source>
        <translation>Person number: {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当事者番号は保存すると自動で付きます。</source>
        <translation>A person number is given automatically when you save.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>入力内容を確かめてください。保存していません。</source>
        <translation>Please check the highlighted fields. Nothing has been saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>西暦でも和暦でも入力できます。</source>
        <translation>Enter the date in the Western or Japanese calendar.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/person_page.py" line="+86"/>
        <source>見守りを記録</source>
        <translation>Record check-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>この方の見守りを記録します（Ctrl+R）</source>
        <translation>Record a check-in with this person (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>編集</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>アセスメント</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>孤独感の評価（UCLA孤独感尺度ほか）を記録します</source>
        <translation>Record a loneliness assessment (UCLA scale and more)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>つなぎを記録</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係機関への紹介（つなぎ）を記録します</source>
        <translation>Record a referral to another organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>一覧へ戻る</source>
        <translation>Back to list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当事者の一覧に戻ります（Alt+←）</source>
        <translation>Back to the list of people (Alt+Left)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>基本情報</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>緊急連絡先</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯類型</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援区分</source>
        <translation>Support categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同意</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>職員のみ閲覧</source>
        <translation>Staff only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>要介護度</source>
        <translation>Care level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>病歴</source>
        <translation>Medical history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障害</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>職員用メモ</source>
        <translation>Staff note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>孤独感の推移（UCLA 3～12点）</source>
        <translation>Loneliness over time (UCLA, 3–12)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>これまでの記録（新しい順）</source>
        <translation>History (newest first)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>これまでの記録</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>まだ記録はありません。</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>この当事者は見つかりません。削除された可能性があります。</source>
        <translation>This person was not found; the record may have been deleted.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{age}歳（{birth}生まれ）</source>
        <translation>Age {age} (born {birth})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>地区：{district}</source>
        <translation>District: {district}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>電話：{phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>見守り：{frequency}</source>
        <translation>Check-ins: {frequency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>状況：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>担当：{workers}</source>
        <translation>Workers: {workers}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>連絡が %n 日遅れています</source>
        <translation>
            <numerusform>Contact %n day overdue</numerusform>
            <numerusform>Contact %n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>連絡の記録なし</source>
        <translation>No contact recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最後の連絡：{date}</source>
        <translation>Last contact: {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（最後の連絡：{date}）</source>
        <translation> (last contact: {date})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>記録なし</source>
        <translation>None recorded</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（{date}に撤回）</source>
        <translation> (withdrawn {date})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&#x3000;ほか %n 件</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/placeholders.py" line="+17"/>
        <source>この画面は準備中です。</source>
        <translation>This screen is being prepared.</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/record_form.py" line="+32"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>キャンセル（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>入力内容を確かめてください。保存していません。</source>
        <translation>Please check your entries. Nothing has been saved.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>入力の破棄</source>
        <translation>Discard input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容は保存されていません。破棄して閉じますか？</source>
        <translation>What you entered has not been saved. Discard it and close?</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/recover_dialog.py" line="+32"/>
        <source>回復キーで開く</source>
        <translation>Open with the recovery key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保管してある回復キーと管理者の利用者名を入力し、新しいパスフレーズを決めてください。これまでのパスフレーズは使えなくなります。</source>
        <translation>Enter the recovery key you kept and the administrator&apos;s user name, then choose a new passphrase. The old passphrase will stop working.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>回復キー</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理者の利用者名</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新しいパスフレーズ</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>8文字以上。長い文章のようなパスフレーズがおすすめです</source>
        <translation>At least 8 characters. A long phrase, like a short sentence, works best.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新しいパスフレーズ（確認）</source>
        <translation>New passphrase (again)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>回復キーを入力してください。</source>
        <translation>Enter the recovery key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>管理者の利用者名を入力してください。</source>
        <translation>Enter the administrator&apos;s user name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>8文字以上にしてください（いまは{count}文字です）。</source>
        <translation>Use at least 8 characters (now {count}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>確認用のパスフレーズが一致しません。もう一度入力してください。</source>
        <translation>The two passphrases do not match. Please type them again.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/recovery_page.py" line="+24"/>
        <source>回復キー</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>パスフレーズを忘れたときは、この回復キーでデータベースを開けます。回復キーを印刷するか書き写して、事務所の金庫など安全な場所に保管してください。二度と表示されません。</source>
        <translation>If a passphrase is forgotten, this recovery key opens the database. Print it or copy it by hand and keep it somewhere safe, such as the office safe. It will never be shown again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>回復キーをコピー</source>
        <translation>Copy recovery key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>印刷…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>この回復キーがあれば誰でもデータを開けます。メールで送ったり、パソコンに保存したままにしたりしないでください。</source>
        <translation>Anyone with this recovery key can open the data. Do not email it or leave it saved on a computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回復キーを安全な場所に保管しました</source>
        <translation>I have stored the recovery key in a safe place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続ける</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>コピーしました。貼り付けて印刷したら、コピーした内容は消してください。</source>
        <translation>Copied. After pasting and printing it, delete what you pasted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>つながりデスク 回復キー</source>
        <translation>Kodoku Desk recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>団体名</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>作成日</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスフレーズを忘れたときは、この回復キーでデータベースを開けます。</source>
        <translation>If a passphrase is forgotten, this recovery key opens the database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事務所の金庫など安全な場所に保管してください。</source>
        <translation>Keep it somewhere safe, such as the office safe.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/referral_dialog.py" line="+91"/>
        <source>つなぎを記録</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} さん</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例：令和8年11月27日、R8.11.27、2026/11/27</source>
        <translation>e.g. 2026/11/27, 令和8年11月27日, R8.11.27</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>紹介日</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>（選んでください）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>名簿にない機関（種類だけ記録）</source>
        <translation>Not in the directory (record the kind only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名簿に登録された機関はまだありません。「関係機関の名簿」で追加できます。</source>
        <translation>No organisations in the directory yet. Add them under “Organisations”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名簿にない機関は、一覧の最後の項目を選んで種類を選びます。</source>
        <translation>For an organisation not in the directory, choose the last item and then its kind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>つなぎ先</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>種類</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：介護保険の申請について相談したいとのこと</source>
        <translation>e.g. wants advice on applying for long-term care insurance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：令和8年11月27日</source>
        <translation>e.g. 2026/11/27 or 令和8年11月27日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結果の日付</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結果・経過</source>
        <translation>Outcome and progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：11/30に包括の担当者が自宅を訪問予定</source>
        <translation>e.g. the support center will visit on 30 Nov</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <location line="+115"/>
        <source>つなぎの結果を記録</source>
        <translation>Record referral outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} さん</source>
        <translation>{name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>つなぎ先</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>紹介日</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例：令和8年11月27日</source>
        <translation>e.g. 2026/11/27 or 令和8年11月27日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>結果の日付</source>
        <translation>Outcome date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>結果・経過</source>
        <translation>Outcome and progress</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/timeline_model.py" line="+41"/>
        <source>日時</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>種類</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>記録</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/unlock.py" line="+32"/>
        <source>つながりデスク — データベースを開く</source>
        <translation>Kodoku Desk — open database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>つながりデスク</source>
        <translation>Kodoku Desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>利用者名とパスフレーズを入力して、データベースを開いてください。</source>
        <translation>Enter your user name and passphrase to open the database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>別のファイルを選ぶ…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>エラー</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>データベース</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>利用者名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>パスフレーズ</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>パスフレーズを忘れたとき（回復キーで開く）…</source>
        <translation>Forgot the passphrase? (open with the recovery key)…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>データベースを開く</source>
        <translation>Open a database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>つながりデスクのデータベース (*.kdesk);;すべてのファイル (*)</source>
        <translation>Kodoku Desk database (*.kdesk);;All files (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>利用者名を入力してください。</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>パスフレーズを入力してください。</source>
        <translation>Enter your passphrase.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>鍵を確かめています。しばらくお待ちください…</source>
        <translation>Checking the key. Please wait…</translation>
    </message>
</context>
<context>
    <name>VisitEntryDialog</name>
    <message>
        <location filename="../../kodoku_desk/ui/visit_entry.py" line="+49"/>
        <source>見守りを記録</source>
        <translation>Record check-in</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>日時・方法</source>
        <translation>Date and method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>日時</source>
        <translation>Date/time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>記録者</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>安否確認</source>
        <translation>Safety check</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>気づき（異変のサイン）</source>
        <translation>Warning signs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>住まいの外から</source>
        <translation>Seen from outside the home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本人に会って</source>
        <translation>On meeting the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暮らし</source>
        <translation>Daily life</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地域の場で</source>
        <translation>Out in the community</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>その他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>（記録しない）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ひとこと（例：足が少し痛むとのこと）</source>
        <translation>A few words (e.g. says a leg hurts a little)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人の様子</source>
        <translation>Person&apos;s condition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>0 異常なし</source>
        <translation>0 Nothing unusual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 経過観察</source>
        <translation>1 Keep an eye on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 関係機関へ相談</source>
        <translation>2 Consult an agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 緊急対応</source>
        <translation>3 Emergency response</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>対応区分</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>対応・連絡（対応区分2以上は必須、3は結果も必須）</source>
        <translation>Actions and contacts (required from level 2; level 3 also needs the result)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>行を追加</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>要フォロー（フォローアップの一覧に載せる）</source>
        <translation>Follow-up needed (put on the follow-up list)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>特記事項</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>予定なし</source>
        <translation>None planned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>フォローと次回</source>
        <translation>Follow-up and next contact</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>次回予定日</source>
        <translation>Next planned contact</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>キャンセル（Esc）</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>入力の破棄</source>
        <translation>Discard input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容は保存されていません。破棄して閉じますか？</source>
        <translation>What you entered has not been saved. Discard it and close?</translation>
    </message>
</context>
<context>
    <name>VisitLogModel</name>
    <message>
        <location filename="../../kodoku_desk/ui/visit_log_model.py" line="+36"/>
        <source>時刻</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>安否確認</source>
        <translation>Safety check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対応区分</source>
        <translation>Response level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>気づき</source>
        <translation>Signs noticed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>訪問者</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>メモ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>・要フォロー</source>
        <translation> · follow-up</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/visits_page.py" line="+51"/>
        <source>見守り記録</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>記録する方を探す</source>
        <translation>Find the person to record for</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>氏名・ふりがな・電話番号・番号で検索</source>
        <translation>Search by name, kana, phone or number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>記録する方の検索</source>
        <translation>Search for the person</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>見つかった方</source>
        <translation>People found</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+145"/>
        <source>見守りを記録</source>
        <translation>Record check-in</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>選んだ方の見守りを記録します（Ctrl+R）</source>
        <translation>Record a check-in for the chosen person (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>◀ 前の日</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>前の日の記録（Alt+←）</source>
        <translation>Previous day&apos;s records (Alt+←)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>次の日 ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>次の日の記録（Alt+→）</source>
        <translation>Next day&apos;s records (Alt+→)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>自分の記録だけ</source>
        <translation>Only my records</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>この日の見守り記録</source>
        <translation>Check-ins of this day</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>この日の見守り記録はありません。</source>
        <translation>No check-ins on this day.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>  {age}歳</source>
        <translation>  age {age}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>該当する方はいません。</source>
        <translation>Nobody matches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ほかにも該当する方がいます。名前を続けて入力してください。</source>
        <translation>More people match; keep typing the name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>↑↓で選び、Enterで見守りを記録します。</source>
        <translation>Choose with ↑↓; Enter records a check-in.</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n 件</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ReferralForm</name>
    <message>
        <location filename="../../kodoku_desk/ui/referral_dialog.py" line="-199"/>
        <source>状況が決まったときに入力します。</source>
        <extracomment>つなぎ先 combo entry for a destination that is not in the directory (only its kind is kept). The stored referral after a successful save (also emitted with :attr:`saved`).</extracomment>
        <translation>Enter this once the status is settled.</translation>
    </message>
</context>
</TS>
