<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../kodoku_desk/ui/app.py" line="+26"/>
        <source>つながりデスク</source>
        <translation>Kodoku Desk</translation>
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
    <name>HomePage</name>
    <message>
        <location filename="../../kodoku_desk/ui/home_page.py" line="+26"/>
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
        <location line="+59"/>
        <source>今日は {date}</source>
        <translation>Today is {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+3"/>
        <location line="+10"/>
        <source>人</source>
        <comment>unit: people</comment>
        <translation>
            <numerusform>person</numerusform>
            <numerusform>people</numerusform>
        </translation>
    </message>
    <message>
        <location line="-12"/>
        <source>次回予定日が今日の方</source>
        <translation>Next check-in is due today</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+8"/>
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
        <location line="+13"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../kodoku_desk/ui/main_window.py" line="+30"/>
        <source>つながりデスク</source>
        <translation>Kodoku Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>メニュー</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ホーム</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>当事者</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支援している方の一覧（すぐに絞り込める検索つき）と、一人ひとりの記録をまとめたページがここに入ります。</source>
        <translation>This will list the people you support, with instant search, and a page that brings together each person&apos;s records.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>見守り記録</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>訪問や電話などの見守りを、今日の日付・自分・訪問を初期値にしてすばやく記録する画面がここに入ります。</source>
        <translation>This will be a quick form for recording visits, calls and other check-ins, with today, you and a home visit filled in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居場所</source>
        <translation>Drop-in places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>居場所の開催記録と、大きなボタンで参加者を受け付ける画面がここに入ります。</source>
        <translation>This will record drop-in sessions and check participants in with large buttons.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>フォローアップ</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>対応が必要な案件を緊急度の順に一覧し、対応を記録して閉じる画面がここに入ります。</source>
        <translation>This will list what needs follow-up, most urgent first, and let you record what was done and close it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>レポート</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>期間を選んで月次報告や匿名の集計表を確かめ、印刷・保存する画面がここに入ります。</source>
        <translation>This will let you choose a period, preview monthly reports and anonymous summary tables, and print or save them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>設定</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+18"/>
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
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../kodoku_desk/ui/placeholders.py" line="+17"/>
        <source>この画面は準備中です。</source>
        <translation>This screen is being prepared.</translation>
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
</TS>
