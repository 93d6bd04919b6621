<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>ファイル フォルダー</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>crossma::AmazonConnector</name>
    <message>
        <source>Amazon</source>
        <translation>Amazon</translation>
    </message>
    <message>
        <source>Amazon settings (formerly MWS settings)</source>
        <translation>Amazon設定 (旧MWS設定)</translation>
    </message>
    <message>
        <source>Amazon retired MWS in 2024; the Selling Partner API (SP-API) took its place, so enter the values of your own SP-API app here.</source>
        <translation>AmazonのMWSは2024年に終了し、SP-API（セリングパートナーAPI）に置き換わりました。ご自身のSP-APIアプリの値を入力してください。</translation>
    </message>
    <message>
        <source>Seller ID (merchant ID)</source>
        <translation>出品者ID (マーチャントID)</translation>
    </message>
    <message>
        <source>e.g. A1B2C3D4E5F6G7</source>
        <translation>例: A1B2C3D4E5F6G7</translation>
    </message>
    <message>
        <source>Seller Central &gt; Settings &gt; Account Info &gt; Your Merchant Token. Capital letters and digits, starting with A.</source>
        <translation>セラーセントラル &gt; 設定 &gt; 出品用アカウント情報 &gt; 出品者トークン に表示されています。Aで始まる大文字の英字と数字です。</translation>
    </message>
    <message>
        <source>LWA client ID</source>
        <translation>LWAクライアントID</translation>
    </message>
    <message>
        <source>Seller Central &gt; Apps and Services &gt; Develop Apps &gt; LWA credentials &gt; View: the client identifier.</source>
        <translation>セラーセントラル &gt; アプリとサービス &gt; アプリの開発 &gt; LWA認証情報 &gt; 表示 の「クライアント識別子」です。</translation>
    </message>
    <message>
        <source>LWA client secret</source>
        <translation>LWAクライアントシークレット</translation>
    </message>
    <message>
        <source>Shown under the client ID in LWA credentials &gt; View: the client secret.</source>
        <translation>LWA認証情報 &gt; 表示 で、クライアントIDの下に表示される「クライアント機密情報」です。</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>リフレッシュトークン</translation>
    </message>
    <message>
        <source>Shown once when you authorise your app in Develop Apps (Authorize &gt; Generate refresh token). It starts with Atzr|.</source>
        <translation>アプリの開発で【アプリを認可】を押したときに一度だけ表示されます（「アプリを編集」の矢印 &gt; 認可 &gt; アプリを認可）。Atzr| で始まります。</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <source>The Amazon store you sell in. Almost every seller uses Amazon.co.jp.</source>
        <translation>出品しているAmazonのストアです。日本で出品している場合は Amazon.co.jp を選んでください。</translation>
    </message>
    <message>
        <source>Amazon.co.jp (Japan)</source>
        <translation>Amazon.co.jp（日本）</translation>
    </message>
    <message>
        <source>Amazon.com.au (Australia)</source>
        <translation>Amazon.com.au（オーストラリア）</translation>
    </message>
    <message>
        <source>Amazon.sg (Singapore)</source>
        <translation>Amazon.sg（シンガポール）</translation>
    </message>
    <message>
        <source>Register as a developer</source>
        <translation>開発者として登録する</translation>
    </message>
    <message>
        <source>Seller Central &gt; Apps and Services &gt; Develop Apps &gt; Developer profile</source>
        <translation>セラーセントラル &gt; アプリとサービス &gt; アプリの開発 &gt; 開発者プロフィール</translation>
    </message>
    <message>
        <source>Sign in to Seller Central as the account&apos;s primary user: only the primary user can register. Fill in the developer profile as a private developer (you develop only for your own business) and submit it. Amazon reviews the profile before you can create an app; the review can take a few days.</source>
        <translation>セラーセントラルにアカウントのプライマリーユーザーでログインしてください（登録できるのはプライマリーユーザーだけです）。開発者プロフィールで「社内開発者」（自社のためだけにアプリを作る開発者）を選んで入力し、送信します。アプリを作成できるのはAmazonの審査が終わってからで、審査には数日かかることがあります。</translation>
    </message>
    <message>
        <source>Create a private app</source>
        <translation>非公開アプリを作成する</translation>
    </message>
    <message>
        <source>Seller Central &gt; Apps and Services &gt; Develop Apps &gt; Add new app client</source>
        <translation>セラーセントラル &gt; アプリとサービス &gt; アプリの開発 &gt; ＋新規アプリクライアントを追加</translation>
    </message>
    <message>
        <source>Choose SP API as the API type and select the roles the service needs (product listing, pricing, inventory and order tracking). The app is only for your own account (self-authorised).</source>
        <translation>APIの種類で「SP API」を選び、クロスマに必要なロール（出品商品、価格設定、在庫、注文追跡）を選択します。このアプリはご自身のアカウント専用です（自己承認）。</translation>
    </message>
    <message>
        <source>Authorise the app to get the refresh token</source>
        <translation>アプリを認可してリフレッシュトークンを取得する</translation>
    </message>
    <message>
        <source>Seller Central &gt; Apps and Services &gt; Develop Apps &gt; Edit App (arrow) &gt; Authorize &gt; Authorize app</source>
        <translation>セラーセントラル &gt; アプリとサービス &gt; アプリの開発 &gt; 「アプリを編集」の矢印 &gt; 認可 &gt; アプリを認可</translation>
    </message>
    <message>
        <source>After Authorize app the refresh token is shown once. Copy the whole refresh token (it starts with Atzr|) and paste it below.</source>
        <translation>【アプリを認可】を押すと、リフレッシュトークンが一度だけ表示されます。リフレッシュトークン（Atzr| で始まります）を最後までコピーし、下に貼り付けてください。</translation>
    </message>
    <message>
        <source>Copy the LWA client ID and client secret</source>
        <translation>LWAクライアントIDとクライアントシークレットをコピーする</translation>
    </message>
    <message>
        <source>Seller Central &gt; Apps and Services &gt; Develop Apps &gt; LWA credentials &gt; View</source>
        <translation>セラーセントラル &gt; アプリとサービス &gt; アプリの開発 &gt; LWA認証情報 &gt; 表示</translation>
    </message>
    <message>
        <source>The client ID starts with amzn1.application-oa2-client. and the client secret with amzn1.oa2-cs.v1.</source>
        <translation>クライアントIDは amzn1.application-oa2-client. で、クライアントシークレットは amzn1.oa2-cs.v1. で始まります。</translation>
    </message>
    <message>
        <source>Copy your seller ID</source>
        <translation>出品者IDをコピーする</translation>
    </message>
    <message>
        <source>Seller Central &gt; Settings &gt; Account Info &gt; Your Merchant Token</source>
        <translation>セラーセントラル &gt; 設定 &gt; 出品用アカウント情報 &gt; 出品者トークン</translation>
    </message>
    <message>
        <source>The merchant token is your seller ID (capital letters and digits, starting with A).</source>
        <translation>出品者トークンが出品者ID（マーチャントID）です（Aで始まる大文字の英字と数字）。</translation>
    </message>
    <message>
        <source>If these values are wrong, the service cannot fetch product information from Amazon. Please check them carefully.</source>
        <translation>登録情報が正しくない場合、Amazonから商品情報を取得できませんので、必ずご注意ください。</translation>
    </message>
    <message>
        <source>The old MWS values (AWS access key ID, MWS auth token amzn.mws.…) no longer work. The refresh token does not expire unless you remove the app&apos;s authorisation.</source>
        <translation>以前のMWSの値（AWSアクセスキーID、MWS認証トークン amzn.mws.…）は使えません。リフレッシュトークンは、アプリの認可を取り消さない限り期限切れになりません。</translation>
    </message>
    <message>
        <source>This is the LWA client ID (it starts with amzn1.application-oa2-client.), not the %1. Paste it into the LWA client ID field.</source>
        <translation>これはLWAクライアントID（amzn1.application-oa2-client. で始まる値）で、%1ではありません。LWAクライアントIDの欄に貼り付けてください。</translation>
    </message>
    <message>
        <source>This is the LWA client secret (it starts with amzn1.oa2-cs.v1.), not the %1. Paste it into the LWA client secret field.</source>
        <translation>これはLWAクライアントシークレット（amzn1.oa2-cs.v1. で始まる値）で、%1ではありません。LWAクライアントシークレットの欄に貼り付けてください。</translation>
    </message>
    <message>
        <source>This is the refresh token (it starts with Atzr|), not the %1. Paste it into the refresh token field.</source>
        <translation>これはリフレッシュトークン（Atzr| で始まる値）で、%1ではありません。リフレッシュトークンの欄に貼り付けてください。</translation>
    </message>
    <message>
        <source>This is a temporary access token (it starts with Atza|), not the %1. Access tokens only work for one hour; the refresh token starts with Atzr|.</source>
        <translation>これは一時的なアクセストークン（Atza| で始まる値）で、%1ではありません。アクセストークンは1時間しか使えません。リフレッシュトークンは Atzr| で始まります。</translation>
    </message>
    <message>
        <source>This is an MWS auth token (amzn.mws.…). Amazon shut MWS down in 2024 and these no longer work: create an SP-API app as described in ① and enter its %1.</source>
        <translation>これはMWS認証トークン（amzn.mws.…）です。MWSは2024年に終了したため使えません。①の手順でSP-APIアプリを作成し、その%1を入力してください。</translation>
    </message>
    <message>
        <source>This is an AWS access key ID from the MWS days. SP-API no longer needs it: enter the %1 of your SP-API app.</source>
        <translation>これはMWS時代のAWSアクセスキーIDです。SP-APIでは不要です。SP-APIアプリの%1を入力してください。</translation>
    </message>
    <message>
        <source>This is a marketplace ID (the ID of an Amazon store such as Amazon.co.jp), not the %1.</source>
        <translation>これはマーケットプレイスID（Amazon.co.jp などのストアのID）で、%1ではありません。</translation>
    </message>
    <message>
        <source>The seller ID contains a space. It is one word of capital letters and digits (like A1B2C3D4E5F6G7): remove the space or copy it again.</source>
        <translation>出品者IDに空白が入っています。出品者IDは大文字の英字と数字が続いた1語です（例: A1B2C3D4E5F6G7）。空白を消すか、もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This is a marketplace ID (the ID of an Amazon store such as Amazon.co.jp), not your seller ID. Your seller ID is shown as Your Merchant Token in Seller Central &gt; Settings &gt; Account Info.</source>
        <translation>これはマーケットプレイスID（Amazon.co.jp などのストアのID）で、出品者IDではありません。出品者IDは セラーセントラル &gt; 設定 &gt; 出品用アカウント情報 の「出品者トークン」に表示されています。</translation>
    </message>
    <message>
        <source>The seller ID contains small letters, but it is written in capital letters only (like A1B2C3D4E5F6G7). Copy it again from Your Merchant Token instead of typing it.</source>
        <translation>出品者IDに小文字が入っています。出品者IDは大文字だけで書かれています（例: A1B2C3D4E5F6G7）。手で入力せず、出品者トークンからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The seller ID can only contain capital letters A-Z and digits 0-9.</source>
        <translation>出品者IDに使えるのは大文字の A～Z と数字 0～9 だけです。</translation>
    </message>
    <message>
        <source>A seller ID starts with the letter A. Check that you copied Your Merchant Token and not another number.</source>
        <translation>出品者IDは A で始まります。別の番号ではなく「出品者トークン」をコピーしたかご確認ください。</translation>
    </message>
    <message>
        <source>The seller ID is %1 characters long, but seller IDs have about 13 to 14. Check that it was copied completely and nothing else came with it.</source>
        <translation>出品者IDが %1 文字ですが、出品者IDは通常13～14文字です。全体がコピーされているか、余分な文字が入っていないかご確認ください。</translation>
    </message>
    <message>
        <source>The client ID and the client secret are swapped: the client ID starts with amzn1.application-oa2-client. and the client secret with amzn1.oa2-cs.v1.</source>
        <translation>クライアントIDとクライアントシークレットが入れ替わっています。クライアントIDは amzn1.application-oa2-client. で、クライアントシークレットは amzn1.oa2-cs.v1. で始まります。</translation>
    </message>
    <message>
        <source>The LWA client ID starts with amzn1.application-oa2-client. Copy it from Develop Apps &gt; LWA credentials &gt; View.</source>
        <translation>LWAクライアントIDは amzn1.application-oa2-client. で始まります。アプリの開発 &gt; LWA認証情報 &gt; 表示 からコピーしてください。</translation>
    </message>
    <message>
        <source>Write the start of the client ID exactly as amzn1.application-oa2-client. in small letters. Copying it is safer than typing it.</source>
        <translation>クライアントIDの先頭は小文字で amzn1.application-oa2-client. と正確に入力してください。手で入力するよりコピーが確実です。</translation>
    </message>
    <message>
        <source>After amzn1.application-oa2-client. the client ID has %1 characters, but it should have %2. Copy it again completely.</source>
        <translation>クライアントIDの amzn1.application-oa2-client. の後ろが %1 文字ですが、%2 文字のはずです。もう一度、全体をコピーしてください。</translation>
    </message>
    <message>
        <source>After amzn1.application-oa2-client. the client ID only has the digits 0-9 and the letters a-f. Copy it again instead of typing it.</source>
        <translation>クライアントIDの amzn1.application-oa2-client. の後ろは数字 0～9 と英字 a～f だけです。手で入力せず、もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>A client secret without the amzn1.oa2-cs.v1. prefix has %1 characters 0-9 and a-f, but this one has %2. Copy it again completely.</source>
        <translation>amzn1.oa2-cs.v1. で始まらないクライアントシークレットは 0～9 と a～f の %1 文字ですが、入力された値は %2 文字です。もう一度、全体をコピーしてください。</translation>
    </message>
    <message>
        <source>The LWA client secret starts with amzn1.oa2-cs.v1. Copy it from Develop Apps &gt; LWA credentials &gt; View.</source>
        <translation>LWAクライアントシークレットは amzn1.oa2-cs.v1. で始まります。アプリの開発 &gt; LWA認証情報 &gt; 表示 からコピーしてください。</translation>
    </message>
    <message>
        <source>Write the start of the client secret exactly as amzn1.oa2-cs.v1. in small letters. Copying it is safer than typing it.</source>
        <translation>クライアントシークレットの先頭は小文字で amzn1.oa2-cs.v1. と正確に入力してください。手で入力するよりコピーが確実です。</translation>
    </message>
    <message>
        <source>After amzn1.oa2-cs.v1. the client secret has %1 characters, but it should have %2. Copy it again completely.</source>
        <translation>クライアントシークレットの amzn1.oa2-cs.v1. の後ろが %1 文字ですが、%2 文字のはずです。もう一度、全体をコピーしてください。</translation>
    </message>
    <message>
        <source>After amzn1.oa2-cs.v1. the client secret only has the digits 0-9 and the letters a-f. Copy it again instead of typing it.</source>
        <translation>クライアントシークレットの amzn1.oa2-cs.v1. の後ろは数字 0～9 と英字 a～f だけです。手で入力せず、もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The | after Atzr was copied as %7C (from an address bar). Copy the refresh token from the screen of Seller Central instead.</source>
        <translation>Atzr の後ろの | が %7C としてコピーされています（アドレスバーからのコピー）。セラーセントラルの画面に表示されたリフレッシュトークンをコピーしてください。</translation>
    </message>
    <message>
        <source>A refresh token starts with Atzr|. Copy it whole from Develop Apps &gt; Authorize &gt; Generate refresh token.</source>
        <translation>リフレッシュトークンは Atzr| で始まります。アプリの開発 &gt; 「アプリを編集」の矢印 &gt; 認可 &gt; アプリを認可 から、全体をコピーしてください。</translation>
    </message>
    <message>
        <source>The refresh token must start with Atzr| exactly (capital A, then small letters). Copy it instead of typing it.</source>
        <translation>リフレッシュトークンは正確に Atzr| で始まります（大文字の A、続いて小文字）。手で入力せず、コピーしてください。</translation>
    </message>
    <message>
        <source>The refresh token contains a space, but it is one unbroken line. Copy it again.</source>
        <translation>リフレッシュトークンに空白が入っています。リフレッシュトークンは区切りのない1行です。もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The refresh token contains characters that cannot be part of it (for example Japanese or full-width characters). Copy it again.</source>
        <translation>リフレッシュトークンに使えない文字（日本語や全角文字など）が入っています。もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The refresh token is only %1 characters long; real ones are much longer. It was probably cut off: copy it again completely.</source>
        <translation>リフレッシュトークンが %1 文字しかありません。本来はもっと長い値です。途中で切れている可能性がありますので、全体をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Choose the marketplace from the list. This program works with Amazon.co.jp, Amazon.com.au and Amazon.sg.</source>
        <translation>一覧からマーケットプレイスを選んでください。このアプリが対応しているのは Amazon.co.jp、Amazon.com.au、Amazon.sg です。</translation>
    </message>
</context>
<context>
    <name>crossma::AmazonErrors</name>
    <message>
        <source>Amazon allows this check only about once a minute. Wait a minute, then run the connection test again.</source>
        <translation>Amazonではこの確認を1分に1回程度しか行えません。1分ほど待ってから、もう一度接続テストを行ってください。</translation>
    </message>
    <message>
        <source>A proxy or security software on your network changed the request on its way to Amazon: try another network, or ask its administrator.</source>
        <translation>ネットワークのプロキシやセキュリティソフトが、Amazonへのリクエストを途中で書き換えています。別のネットワークでお試しいただくか、ネットワークの管理者にご相談ください。</translation>
    </message>
    <message>
        <source>Amazon changed what it expects from this program: update this program, or copy the support information and contact support.</source>
        <translation>Amazon側の仕様が変わった可能性があります。このアプリを最新版に更新するか、サポート用情報をコピーしてサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Amazon did not accept the request itself (HTTP %1), so your values were not judged.</source>
        <translation>Amazonがリクエストそのものを受け付けませんでした（HTTP %1）。入力内容の正否は判定されていません。</translation>
    </message>
    <message>
        <source>Amazon&apos;s sign-in service is having trouble right now (HTTP %1). Your values were not judged; please try the connection test again later.</source>
        <translation>Amazonのログインサービスで現在障害が起きています（HTTP %1）。入力内容の正否は判定されていません。しばらくしてから、もう一度接続テストを行ってください。</translation>
    </message>
    <message>
        <source>Amazon did not accept the refresh token. Authorise the app again and enter the new refresh token: Seller Central &gt; Apps and Services &gt; Develop Apps &gt; Authorize &gt; Generate refresh token.</source>
        <translation>Amazonがリフレッシュトークンを受け付けませんでした。アプリをもう一度認可し、新しいリフレッシュトークンを入力してください: セラーセントラル &gt; アプリとサービス &gt; アプリの開発 &gt; 「アプリを編集」の矢印 &gt; 認可 &gt; アプリを認可</translation>
    </message>
    <message>
        <source>The app&apos;s authorisation was removed, or the token was copied incompletely.</source>
        <translation>アプリの認可が取り消されたか、トークンが途中までしかコピーされていません。</translation>
    </message>
    <message>
        <source>The refresh token belongs to a different app than this client ID.</source>
        <translation>リフレッシュトークンが、このクライアントIDとは別のアプリのものです。</translation>
    </message>
    <message>
        <source>Amazon did not accept the LWA client ID or client secret. Copy both again from Seller Central &gt; Apps and Services &gt; Develop Apps &gt; LWA credentials &gt; View.</source>
        <translation>AmazonがLWAクライアントIDまたはクライアントシークレットを受け付けませんでした。セラーセントラル &gt; アプリとサービス &gt; アプリの開発 &gt; LWA認証情報 &gt; 表示 から、両方をもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The client secret was copied incompletely, or from a different app than the client ID.</source>
        <translation>クライアントシークレットが途中までしかコピーされていないか、クライアントIDとは別のアプリのものです。</translation>
    </message>
    <message>
        <source>The client secret has expired or was renewed: Amazon requires renewing it regularly. Use the current one shown in LWA credentials.</source>
        <translation>クライアントシークレットの有効期限が切れたか、更新されています（Amazonでは定期的な更新が必要です）。LWA認証情報に表示されている現在の値を使ってください。</translation>
    </message>
    <message>
        <source>Amazon does not let this client ID sign in with a refresh token.</source>
        <translation>このクライアントIDでは、リフレッシュトークンによるログインが許可されていません。</translation>
    </message>
    <message>
        <source>The client ID belongs to another kind of app (for example a Login with Amazon security profile): copy the LWA client ID of the SP-API app from Seller Central &gt; Apps and Services &gt; Develop Apps &gt; LWA credentials &gt; View.</source>
        <translation>クライアントIDが別の種類のアプリ（Login with Amazonのセキュリティプロファイルなど）のものです。セラーセントラル &gt; アプリとサービス &gt; アプリの開発 &gt; LWA認証情報 &gt; 表示 から、SP-APIアプリのLWAクライアントIDをコピーしてください。</translation>
    </message>
    <message>
        <source>The app is not registered for SP-API, or its registration is still under review: check its status in Develop Apps.</source>
        <translation>アプリがSP-API用に登録されていないか、登録の審査中です。「アプリの開発」で状態をご確認ください。</translation>
    </message>
    <message>
        <source>Amazon found a value missing or malformed in the sign-in request.</source>
        <translation>ログインのリクエストに、足りない値か形式の正しくない値があるとAmazonが判断しました。</translation>
    </message>
    <message>
        <source>A value was copied with a line break or with only part of it: copy the client ID, the client secret and the refresh token again.</source>
        <translation>値が改行付きで、または一部だけコピーされています。クライアントID、クライアントシークレット、リフレッシュトークンをもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Amazon refused to sign in with these values (HTTP %1). Check the client ID, the client secret and the refresh token in Seller Central &gt; Apps and Services &gt; Develop Apps.</source>
        <translation>この内容ではAmazonにログインできませんでした（HTTP %1）。セラーセントラル &gt; アプリとサービス &gt; アプリの開発 で、クライアントID・クライアントシークレット・リフレッシュトークンをご確認ください。</translation>
    </message>
    <message>
        <source>Amazon is having trouble right now (HTTP %1). Your values were not judged; please try the connection test again later.</source>
        <translation>Amazonで現在障害が起きています（HTTP %1）。入力内容の正否は判定されていません。しばらくしてから、もう一度接続テストを行ってください。</translation>
    </message>
    <message>
        <source>Amazon accepted the app&apos;s credentials, but refused access to your seller account (HTTP %1).</source>
        <translation>アプリの認証情報は受け付けられましたが、出品アカウントへのアクセスが拒否されました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The app is not authorised for this seller account: authorise it in Seller Central &gt; Apps and Services &gt; Develop Apps &gt; Authorize, signed in as this seller.</source>
        <translation>このアプリが、この出品アカウントで認可されていません。この出品者でセラーセントラルにログインし、アプリとサービス &gt; アプリの開発 &gt; 「アプリを編集」の矢印 &gt; 認可 &gt; アプリを認可 で認可してください。</translation>
    </message>
    <message>
        <source>The app or your developer profile lacks a role the service needs: check the roles in Develop Apps &gt; Edit app.</source>
        <translation>アプリまたは開発者プロフィールに、クロスマに必要なロールがありません。アプリの開発 &gt; アプリを編集 でロールをご確認ください。</translation>
    </message>
    <message>
        <source>The app was authorised in another Amazon region (for example the US or Europe). This program uses the Far East region (Japan, Australia, Singapore).</source>
        <translation>アプリが別の地域（米国・欧州など）のAmazonで認可されています。このアプリは極東地域（日本・オーストラリア・シンガポール）を使います。</translation>
    </message>
</context>
<context>
    <name>crossma::AmazonVerifyJob</name>
    <message>
        <source>Signing in to Amazon with your app&apos;s credentials (LWA)…</source>
        <translation>アプリの認証情報でAmazonにログインしています（LWA）…</translation>
    </message>
    <message>
        <source>Asking Amazon which marketplaces your seller account sells in…</source>
        <translation>出品アカウントのマーケットプレイスをAmazonに確認しています…</translation>
    </message>
    <message>
        <source>Your seller account is registered at %1 but is not selling there at the moment (isParticipating: false).</source>
        <translation>出品アカウントは %1 に登録されていますが、現在は出品できる状態ではありません。</translation>
    </message>
    <message>
        <source>The seller registration for %1 is not finished yet.</source>
        <translation>%1 の出品者登録がまだ完了していません。</translation>
    </message>
    <message>
        <source>Selling on your account is restricted or deactivated: check Seller Central &gt; Performance &gt; Account Health.</source>
        <translation>アカウントの出品が制限または停止されています。セラーセントラル &gt; パフォーマンス &gt; アカウント健全性 をご確認ください。</translation>
    </message>
    <message>
        <source>Connected to %1 (seller ID %2).</source>
        <translation>%1 に接続できました（出品者ID: %2）。</translation>
    </message>
    <message>
        <source>Some of your listings on %1 are suspended. They are not updated until you fix them in Seller Central &gt; Inventory &gt; Manage Inventory.</source>
        <translation>%1 の出品の一部が停止中です。セラーセントラル &gt; 在庫 &gt; 在庫管理 で対応するまで、それらの商品は更新されません。</translation>
    </message>
    <message>
        <source>Your seller account is not registered at %1.</source>
        <translation>出品アカウントが %1 に登録されていません。</translation>
    </message>
    <message>
        <source>Your seller account is not registered at %1; Amazon only lists: %2.</source>
        <translation>出品アカウントが %1 に登録されていません。Amazonが返した登録先: %2</translation>
    </message>
    <message>
        <source>A different marketplace was chosen above than the one you sell in.</source>
        <translation>上で選んだマーケットプレイスが、出品しているものと違います。</translation>
    </message>
    <message>
        <source>The app was authorised while signed in to a different seller account.</source>
        <translation>アプリを認可したときに、別の出品アカウントでログインしていました。</translation>
    </message>
    <message>
        <source>no access token in Amazon&apos;s sign-in answer</source>
        <translation>Amazonのログイン応答にアクセストークンがありません</translation>
    </message>
    <message>
        <source>no marketplace list in Amazon&apos;s answer</source>
        <translation>Amazonの応答にマーケットプレイスの一覧がありません</translation>
    </message>
</context>
<context>
    <name>crossma::AupayAddressList</name>
    <message>
        <source>The list of addresses to register could not be read. Please copy the support information and contact support.</source>
        <translation>登録するアドレスの一覧を読み込めませんでした。サポート用情報をコピーして、サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Addresses to register in &lt;2.接続元IPアドレス&gt;</source>
        <translation>&lt;2.接続元IPアドレス&gt; に登録するアドレス</translation>
    </message>
    <message>
        <source>In Wow!manager &gt; API利用申請 &gt; APIキーの発行はこちら &gt; &lt;2.接続元IPアドレス&gt;, enter each address exactly as shown (including &quot;/28&quot;), then press 登録.</source>
        <translation>Wow!manager &gt; API利用申請 &gt; APIキーの発行はこちら &gt; &lt;2.接続元IPアドレス&gt; に、表示のとおり（「/28」も含めて）入力し、【登録】をクリックしてください。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 をコピーしました。</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>すべてコピー</translation>
    </message>
    <message>
        <source>Copied all %1 addresses, one per line.</source>
        <translation>%1 件のアドレスをすべて（1行に1件ずつ）コピーしました。</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>コピーの状態</translation>
    </message>
    <message>
        <source>The connection test on this page is sent from this computer. For it to pass from here, also register this computer&apos;s internet (global) IP address in &lt;2.接続元IPアドレス&gt;. To find it, search the web for 「IPアドレス 確認」 in this computer&apos;s browser, or ask whoever manages your network. After the test, remove that address from the list again unless it is one of クロスマ&apos;s addresses above.</source>
        <translation>このページの接続テストは、このパソコンから送信されます。ここで接続テストを通すには、このパソコンのインターネット側（グローバル）IPアドレスも &lt;2.接続元IPアドレス&gt; に登録してください。このパソコンのブラウザで「IPアドレス 確認」と検索すると表示されます（分からない場合はネットワークの管理者にお尋ねください）。テストが終わったら、上に表示されたクロスマのアドレス以外は一覧から削除してください。</translation>
    </message>
</context>
<context>
    <name>crossma::AupayConnector</name>
    <message>
        <source>au PAY Market</source>
        <translation>au PAY マーケット</translation>
    </message>
    <message>
        <source>au PAY Market settings (formerly Wowma!)</source>
        <translation>au PAY マーケット設定（旧Wowma!）</translation>
    </message>
    <message>
        <source>Apply for API use in Wow!manager, issue an API key, register the source addresses below, then enter your member number and the API key.</source>
        <translation>Wow!managerでAPI利用を申請してAPIキーを発行し、下の接続元IPアドレスを登録してから、会員番号とAPIキーを入力してください。</translation>
    </message>
    <message>
        <source>Member number (shop ID)</source>
        <translation>会員番号 (店舗ID)</translation>
    </message>
    <message>
        <source>e.g. 12345678</source>
        <translation>例: 12345678</translation>
    </message>
    <message>
        <source>Shown at the top left of Wow!manager after you log in. Digits only.</source>
        <translation>Wow!managerにログインすると左上に表示される番号です（半角数字）。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>APIキー</translation>
    </message>
    <message>
        <source>64 half-width letters and digits</source>
        <translation>半角英数字64文字</translation>
    </message>
    <message>
        <source>Wow!manager &gt; 各種申し込み &gt; API利用申請 &gt; APIキーの発行はこちら &gt; &lt;1.APIキーを発行&gt;. It is valid for 90 days.</source>
        <translation>Wow!manager &gt; 各種申し込み &gt; API利用申請 &gt; APIキーの発行はこちら &gt; &lt;1.APIキーを発行&gt; で表示されるキーです。有効期限は90日です。</translation>
    </message>
    <message>
        <source>Apply for ペイジェント (au PAY Market payment service)</source>
        <translation>ペイジェント（au PAY マーケット決済サービス）を申し込む</translation>
    </message>
    <message>
        <source>Needed for credit-card and other payments in your store. The review usually takes up to about 4 weeks. Skip this if your store already passed the review.</source>
        <translation>ストアでのクレジットカード決済等に必要です。審査期間は通常4週間以内です。審査に通過済みの場合は不要です。</translation>
    </message>
    <message>
        <source>Create at least 1 item page in every planned category, 6 or more in total</source>
        <translation>出品予定のカテゴリーごとに1品以上、合計6品以上の商品ページを作成する</translation>
    </message>
    <message>
        <source>The ペイジェント review looks at these pages, so create them before you apply.</source>
        <translation>ペイジェントの審査ではこれらの商品ページを確認します。審査に申し込む前に作成してください。</translation>
    </message>
    <message>
        <source>Enter your licence details if you sell second-hand goods, alcohol or medicines</source>
        <translation>古物・酒類・医薬品などを扱う場合は許認可情報を記載する</translation>
    </message>
    <message>
        <source>古物・酒類・医薬品 and similar goods need their licence information in the application.</source>
        <translation>古物・酒類・医薬品などを取り扱う場合は、申込時に別途許認可情報を記載してください。</translation>
    </message>
    <message>
        <source>Send the paper documents for the ペイジェント review</source>
        <translation>ペイジェント審査の書類を郵送する</translation>
    </message>
    <message>
        <source>The review needs documents such as a certified copy of the company register and stamped application forms sent by post. クロスマ cannot do this for you.</source>
        <translation>審査には登記簿謄本や捺印した申込書類の郵送などが必要です。これらはクロスマでは代行できません。</translation>
    </message>
    <message>
        <source>Copy your member number (会員番号)</source>
        <translation>会員番号をコピーする</translation>
    </message>
    <message>
        <source>Wow!manager &gt; top left of the screen</source>
        <translation>Wow!manager &gt; 画面左上</translation>
    </message>
    <message>
        <source>Log in to Wow!manager; the member number is shown at the top left. Paste it below.</source>
        <translation>Wow!managerにログインすると、左上に会員番号が表示されます。下の欄に貼り付けてください。</translation>
    </message>
    <message>
        <source>Apply for API use</source>
        <translation>API利用を申請する</translation>
    </message>
    <message>
        <source>Wow!manager &gt; トップページ &gt; メニュー &gt; 各種申し込み &gt; API利用申請 &gt; 申請</source>
        <translation>Wow!manager &gt; トップページ &gt; メニュー &gt; 各種申し込み &gt; API利用申請 &gt; 申請</translation>
    </message>
    <message>
        <source>Press 【申請】 below the terms of use.</source>
        <translation>規約の下にある【申請】ボタンをクリックしてください。</translation>
    </message>
    <message>
        <source>Issue an API key</source>
        <translation>APIキーを発行する</translation>
    </message>
    <message>
        <source>API利用申請 &gt; 「APIキーの発行はこちら」 &gt; &lt;1.APIキーを発行&gt;</source>
        <translation>API利用申請 &gt; 「APIキーの発行はこちら」 &gt; &lt;1.APIキーを発行&gt;</translation>
    </message>
    <message>
        <source>Copy the API key shown there and paste it below. It is valid for 90 days.</source>
        <translation>表示されたAPIキーをコピーして、下の欄に貼り付けてください。有効期限は90日です。</translation>
    </message>
    <message>
        <source>Register the source IP addresses, then press 登録</source>
        <translation>接続元IPアドレスを入力して【登録】をクリックする</translation>
    </message>
    <message>
        <source>API利用設定 &gt; &lt;2.接続元IPアドレス&gt; &gt; 登録</source>
        <translation>API利用設定 &gt; &lt;2.接続元IPアドレス&gt; &gt; 登録</translation>
    </message>
    <message>
        <source>Enter every address listed below. Without them the service cannot use the API.</source>
        <translation>下に表示されているアドレスをすべて入力してください。登録がないとクロスマがAPIを利用できません。</translation>
    </message>
    <message>
        <source>With the Wow!manager login ID and password you gave when you signed up, クロスマ does the initial setup for you. With store setup: payment method description and returns policy, shipping day and delivery date/time settings, mail settings and the API use application. Without store setup: mail settings and the API use application only. Store sign images and headers are not made.</source>
        <translation>お申し込み時にお預かりしたWow!managerのログインID/パスワードで、初期設定をクロスマが代行します。店舗設定が必要な場合: 決済方法説明・返品特約の記載、発送日情報・お届け日時指定の設定、メール設定、API利用申請。店舗設定が不要な場合: メール設定とAPI利用申請のみ。店舗看板画像・ヘッダーは作成しません。</translation>
    </message>
    <message>
        <source>The login information you gave is kept strictly and discarded after the initial setup.</source>
        <translation>お預かりしたログイン情報は厳正に管理し、初期設定後に破棄します。</translation>
    </message>
    <message>
        <source>When the initial setup is done, you receive the mail 【クロスマau PAY マーケット版】 ご利用開始のご案内. If your store already passed the ペイジェント review, you can skip the ペイジェント steps.</source>
        <translation>初期設定が完了すると「【クロスマau PAY マーケット版】 ご利用開始のご案内」のメールが届きます。すでにペイジェント審査に通過して店舗を運営している場合は、ペイジェントの手順は不要です。</translation>
    </message>
    <message>
        <source>Until the ペイジェント review passes, card and other payments do not work in your store: start selling on au PAY Market only after the review has passed.</source>
        <translation>ペイジェント審査が完了するまで、ストアでクレジットカード決済等が使えません。au PAY マーケットでの販売開始は審査通過後をおすすめします。</translation>
    </message>
    <message>
        <source>API keys are valid for 90 days. Issue a new one in Wow!manager before it expires and enter it here again.</source>
        <translation>APIキーの有効期限は90日です。期限が切れる前にWow!managerで新しいキーを発行し、ここに入力し直してください。</translation>
    </message>
    <message>
        <source>This looks like a login ID or mail address. Enter the member number (digits) shown at the top left of Wow!manager instead.</source>
        <translation>ログインIDまたはメールアドレスのようです。Wow!managerの左上に表示されている会員番号（数字）を入力してください。</translation>
    </message>
    <message>
        <source>The member number can only contain half-width digits (0-9). Copy it again from the top left of Wow!manager.</source>
        <translation>会員番号は半角数字（0〜9）のみです。Wow!managerの左上からコピーし直してください。</translation>
    </message>
    <message>
        <source>The member number has %1 digits, but it has at most %2. Check that nothing else was copied with it.</source>
        <translation>会員番号が%1桁あります（最大%2桁）。ほかの文字が一緒にコピーされていないかご確認ください。</translation>
    </message>
    <message>
        <source>The API key contains a space. Copy it again from &lt;1.APIキーを発行&gt; in Wow!manager, without spaces.</source>
        <translation>APIキーの途中に空白が入っています。Wow!managerの &lt;1.APIキーを発行&gt; から、空白を含めずにコピーし直してください。</translation>
    </message>
    <message>
        <source>This looks like the member number, not the API key. The API key is the long string shown in &lt;1.APIキーを発行&gt;.</source>
        <translation>APIキーの欄に会員番号が入力されているようです。APIキーは &lt;1.APIキーを発行&gt; に表示される長い英数字です。</translation>
    </message>
    <message>
        <source>The API key can only contain half-width letters and digits. Copy it again from &lt;1.APIキーを発行&gt; in Wow!manager.</source>
        <translation>APIキーは半角英数字のみです。Wow!managerの &lt;1.APIキーを発行&gt; からコピーし直してください。</translation>
    </message>
    <message>
        <source>The API key is only %1 characters long; it was probably not copied completely. Copy all of it from &lt;1.APIキーを発行&gt;.</source>
        <translation>APIキーが%1文字しかありません。途中までしかコピーされていない可能性があります。&lt;1.APIキーを発行&gt; から全体をコピーしてください。</translation>
    </message>
    <message>
        <source>API key expiry</source>
        <translation>APIキーの有効期限</translation>
    </message>
    <message>
        <source>Issue a new API key in Wow!manager (各種申し込み &gt; API利用申請 &gt; APIキーの発行), then enter it with Edit.</source>
        <translation>Wow!manager（各種申し込み &gt; API利用申請 &gt; APIキーの発行）で新しいAPIキーを発行し、【編集】から入力してください。</translation>
    </message>
</context>
<context>
    <name>crossma::AupayErrors</name>
    <message>
        <source>The member number is wrong, or the API key belongs to another shop: copy the member number again from the top left of Wow!manager.</source>
        <translation>会員番号が間違っているか、APIキーが別の店舗のものです。Wow!managerの左上から会員番号をコピーし直してください。</translation>
    </message>
    <message>
        <source>The API key is wrong or incomplete: copy it again from Wow!manager &gt; 各種申し込み &gt; API利用申請 &gt; APIキーの発行はこちら &gt; &lt;1.APIキーを発行&gt;.</source>
        <translation>APIキーが間違っているか、一部しかコピーされていません。Wow!manager &gt; 各種申し込み &gt; API利用申請 &gt; APIキーの発行はこちら &gt; &lt;1.APIキーを発行&gt; からコピーし直してください。</translation>
    </message>
    <message>
        <source>The API key is older than 90 days and has expired: issue a new one in &lt;1.APIキーを発行&gt; and enter it here.</source>
        <translation>APIキーの発行から90日を過ぎ、期限切れになっています。&lt;1.APIキーを発行&gt; で新しいキーを発行して入力してください。</translation>
    </message>
    <message>
        <source>This computer&apos;s internet address, or the service&apos;s addresses listed on this page, are not registered in &lt;2.接続元IPアドレス&gt;. The connection test runs from this computer, so its address must be registered too; press 登録 after adding it.</source>
        <translation>このパソコンのIPアドレス、またはこのページに表示されているクロスマのアドレスが &lt;2.接続元IPアドレス&gt; に登録されていません。接続テストはこのパソコンから行うため、このパソコンのアドレスも登録が必要です。追加後に【登録】をクリックしてください。</translation>
    </message>
    <message>
        <source>au PAY Market did not accept these values (error %1).</source>
        <translation>au PAY マーケットがこの内容を受け付けませんでした（エラー %1）。</translation>
    </message>
    <message>
        <source>au PAY Market refused the connection from this computer&apos;s internet address (error %1).</source>
        <translation>au PAY マーケットが、このパソコンのインターネットアドレス（IPアドレス）からの接続を拒否しました（エラー %1）。</translation>
    </message>
</context>
<context>
    <name>crossma::AupayVerifyJob</name>
    <message>
        <source>Connecting to au PAY Market and checking the API key…</source>
        <translation>au PAY マーケットに接続してAPIキーを確認しています…</translation>
    </message>
    <message>
        <source>au PAY Market refused the connection from this computer (HTTP 403). Usually the source address is not registered.</source>
        <translation>au PAY マーケットがこのパソコンからの接続を拒否しました（HTTP 403）。多くの場合、接続元IPアドレスが登録されていないことが原因です。</translation>
    </message>
    <message>
        <source>au PAY Market did not accept the API key (HTTP 401).</source>
        <translation>au PAY マーケットがAPIキーを受け付けませんでした（HTTP 401）。</translation>
    </message>
    <message>
        <source>Connected to au PAY Market (member number %1). The API key is valid until about %2 (%3 days left).</source>
        <translation>会員番号 %1 で au PAY マーケットのAPIを利用できます。APIキーの有効期限は %2 ごろです（残り %3 日）。</translation>
    </message>
    <message>
        <source>By our count the API key is more than 90 days old, yet au PAY Market still accepts it. Issue a new key soon in &lt;1.APIキーを発行&gt;.</source>
        <translation>このアプリの記録では、このAPIキーは最初の接続テストから90日を過ぎていますが、au PAY マーケットではまだ使えています。早めに &lt;1.APIキーを発行&gt; で新しいキーを発行してください。</translation>
    </message>
    <message>
        <source>The API key expires in about %1 days (%2). Issue a new one in Wow!manager &gt; API利用申請 &gt; &lt;1.APIキーを発行&gt; before then, or au PAY Market orders stop reaching the service.</source>
        <translation>APIキーの有効期限まで残り約 %1 日です（%2）。期限までに Wow!manager &gt; API利用申請 &gt; &lt;1.APIキーを発行&gt; で新しいキーを発行してください。期限が切れるとau PAY マーケットの注文がクロスマに届かなくなります。</translation>
    </message>
    <message>
        <source>au PAY Market is receiving too many requests right now. Wait a minute and run the connection test again.</source>
        <translation>au PAY マーケットへのアクセスが集中しています。1分ほど待ってから、もう一度接続テストを行ってください。</translation>
    </message>
    <message>
        <source>au PAY Market answered with a web page instead of an API answer (HTTP %1). It may be under maintenance, or a proxy on your network may be in the way. Try again later.</source>
        <translation>au PAY マーケットからAPIの応答ではなくWebページが返されました（HTTP %1）。メンテナンス中か、社内ネットワークのプロキシが通信を妨げている可能性があります。時間をおいてもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>crossma::AupayWelcomeNote</name>
    <message>
        <source>Addresses to register in &lt;2.接続元IPアドレス&gt;: %1 (each with a Copy button on the au PAY マーケット page)</source>
        <translation>&lt;2.接続元IPアドレス&gt; に登録するアドレス: %1（au PAY マーケットの設定ページで1つずつコピーできます）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>crossma::CloseWhileSaving</name>
    <message>
        <source>Saving… This window closes by itself as soon as the password vault (keychain) has answered. If a window asks for your keychain password, enter it.</source>
        <translation>保存中… パスワード保管庫（キーチェーン）の応答があり次第、この画面は自動で閉じます。キーチェーンのパスワードを求める画面が出ていたら入力してください。</translation>
    </message>
</context>
<context>
    <name>crossma::CommandLine</name>
    <message>
        <source>Language of the messages: ja or en.</source>
        <translation>表示する言語: ja（日本語）または en（英語）。</translation>
    </message>
    <message>
        <source>Use the built-in sandbox malls, with their own keychain entries and settings; real credentials are never touched.</source>
        <translation>内蔵のサンドボックス（練習用の模擬モール）を使います。キーチェーンの項目と設定はサンドボックス専用のものを使うため、本物の認証情報には一切触れません。</translation>
    </message>
    <message>
        <source>Read the mall API addresses (and an extra trusted CA) from a JSON file.</source>
        <translation>モールAPIの接続先（と追加で信頼するCA証明書）をJSONファイルから読み込みます。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>文章の代わりにJSONオブジェクトを1つ出力します。</translation>
    </message>
    <message>
        <source>Start in screen-share mode: secrets stay masked.</source>
        <translation>画面共有モードで起動します。シークレットは常に伏せ字のままです。</translation>
    </message>
    <message>
        <source>Links your shop&apos;s mall accounts to %1.</source>
        <translation>ショップの各モールのアカウントを%1に連携します。</translation>
    </message>
    <message>
        <source>Without a command the setup wizard opens. Commands:
  verify  run the connection test of one mall
  status  show which malls are linked and what expires</source>
        <translation>コマンドを指定しないと設定ウィザードが開きます。コマンド:
  verify  1つのモールの接続テストを行います
  status  連携済みのモールと有効期限を表示します</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation>オプションは「%1 --help」で確認できます。</translation>
    </message>
    <message>
        <source>Runs the connection test of one mall and prints the result. Exit codes: 0 connected, 1 rejected by the mall, 2 wrong input or usage, 3 no answer (network, TLS, timeout, mall error).</source>
        <translation>1つのモールの接続テストを行い、結果を表示します。終了コード: 0 接続できました、1 モールに拒否されました、2 入力または使い方の誤り、3 判定できませんでした（ネットワーク、TLS、タイムアウト、モール側のエラー）。</translation>
    </message>
    <message>
        <source>Run the connection test.</source>
        <translation>接続テストを行います。</translation>
    </message>
    <message>
        <source>A JSON object of the mall&apos;s field values; &quot;-&quot; reads standard input. Without it the saved values are tested.</source>
        <translation>モールの入力項目の値を持つJSONオブジェクト。「-」を指定すると標準入力から読み込みます。省略すると保存済みの値で接続テストをします。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 20).</source>
        <translation>この秒数が過ぎたら中止します（既定は20秒）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>verify takes no other arguments.</source>
        <translation>verify にはほかの引数を指定できません。</translation>
    </message>
    <message>
        <source>Name the mall to test with --mall.</source>
        <translation>接続テストをするモールを --mall で指定してください。</translation>
    </message>
    <message>
        <source>--credentials needs a file name, or - for standard input.</source>
        <translation>--credentials にはファイル名、または標準入力を表す - を指定してください。</translation>
    </message>
    <message>
        <source>Shows which malls are linked, when they were last tested and what expires. Reads the settings only; never shows a secret.</source>
        <translation>連携済みのモール、最後に接続テストをした日時、有効期限を表示します。設定ファイルだけを読み、シークレットは表示しません。</translation>
    </message>
    <message>
        <source>Show the status.</source>
        <translation>状態を表示します。</translation>
    </message>
    <message>
        <source>status takes no other arguments.</source>
        <translation>status にはほかの引数を指定できません。</translation>
    </message>
    <message>
        <source>Unknown command. Use verify or status, or no command for the wizard.</source>
        <translation>不明なコマンドです。verify か status を指定してください。ウィザードを開くときはコマンドを指定しません。</translation>
    </message>
    <message>
        <source>--lang must be ja or en.</source>
        <translation>--lang には ja または en を指定してください。</translation>
    </message>
    <message>
        <source>--sandbox and --endpoints cannot be used together.</source>
        <translation>--sandbox と --endpoints は同時に指定できません。</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0 and at most 600.</source>
        <translation>--timeout には0より大きく600以下の秒数を指定してください。</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Another window or command of this app is changing the same settings right now, so this command cannot record its result. Finish or close the other one, then try again. (Lock file: %1)</source>
        <translation>このアプリの別の画面またはコマンドが同じ設定を変更中のため、このコマンドは結果を記録できません。もう一方を終了または閉じてから、もう一度お試しください。（ロックファイル: %1）</translation>
    </message>
    <message>
        <source>The mall: %1.</source>
        <translation>モール: %1 のいずれか。</translation>
    </message>
    <message>
        <source>Another command of this app is changing the same settings right now. Wait until it has finished, then start this app again. (Lock file: %1)</source>
        <translation>このアプリの別のコマンドが同じ設定を変更中です。終わるまで待ってから、このアプリをもう一度起動してください。（ロックファイル: %1）</translation>
    </message>
    <message>
        <source>Open the settings of this mall (%1).</source>
        <translation>このモールの設定画面を開きます（%1）。</translation>
    </message>
    <message>
        <source>Also show a desktop notification for each expiry within its warning days, at most once a day each (the daily check).</source>
        <translation>有効期限が近いものごとにデスクトップ通知も表示します（それぞれ1日1回まで。毎日の確認用）。</translation>
    </message>
    <message>
        <source>--edit takes one of: %1.</source>
        <translation>--edit には次のいずれかを指定してください: %1。</translation>
    </message>
</context>
<context>
    <name>crossma::Connector</name>
    <message>
        <source>Please enter the %1.</source>
        <translation>%1を入力してください。</translation>
    </message>
    <message>
        <source>The %1 is %2 characters long, but it can be at most %3. Check that nothing else was copied with it.</source>
        <translation>%1が%2文字あります（最大%3文字）。余計な文字まで一緒にコピーしていないかご確認ください。</translation>
    </message>
    <message>
        <source>The %1 can only contain the digits 0-9.</source>
        <translation>%1には半角数字（0〜9）だけを入力してください。</translation>
    </message>
</context>
<context>
    <name>crossma::CredentialStore</name>
    <message>
        <source>Nothing is saved for this mall yet.</source>
        <translation>このモールの設定はまだ保存されていません。</translation>
    </message>
    <message>
        <source>No password vault (keychain) is available on this computer.</source>
        <translation>このパソコンではパスワード保管庫（キーチェーン）を利用できません。</translation>
    </message>
    <message>
        <source>On Linux, install and start GNOME Keyring (or KWallet), sign in to the desktop again, then try again.</source>
        <translation>Linux の場合は GNOME Keyring（または KWallet）をインストールして起動し、デスクトップにログインし直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The password vault (keychain) is locked or refused access.</source>
        <translation>パスワード保管庫（キーチェーン）がロックされているか、アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>Unlock the keychain (on Linux, the &quot;Login&quot; keyring; a window may ask for your login password), allow access, then try again.</source>
        <translation>キーチェーンのロックを解除し（Linux の場合は「ログイン」キーリング。ログインパスワードを求める画面が出ることがあります）、アクセスを許可してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The password vault (keychain) did not answer in time.</source>
        <translation>パスワード保管庫（キーチェーン）から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>If a window asks for your keychain password, enter it, then try again.</source>
        <translation>キーチェーンのパスワードを求める画面が出ている場合は入力してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The password vault (keychain) reported an error.</source>
        <translation>パスワード保管庫（キーチェーン）でエラーが発生しました。</translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, send the support information to support.</source>
        <translation>もう一度お試しください。繰り返し失敗する場合は、サポート用情報をサポート窓口へお送りください。</translation>
    </message>
    <message>
        <source>Nothing was saved; what was saved before is unchanged.</source>
        <translation>何も保存していません。以前に保存した内容はそのままです。</translation>
    </message>
    <message>
        <source>The saved values could not be read.</source>
        <translation>保存した内容を読み出せませんでした。</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>何も削除していません。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>sentence joiner: what happened, consequence, what to do</comment>
        <translation>%1%2%3</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>（詳細: %1）</translation>
    </message>
    <message>
        <source>The settings file could not be written.</source>
        <translation>設定ファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you may write to %1, then try again.</source>
        <translation>ディスクの空き容量と、%1 への書き込み権限をご確認のうえ、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The password vault (keychain) may already hold the change; it is completed the next time this app can write its settings.</source>
        <translation>パスワード保管庫（キーチェーン）にはすでに変更が入っている可能性があります。このアプリが設定を書き込めるようになった時点で完了します。</translation>
    </message>
    <message>
        <source>Waiting for the password vault (keychain) to answer…</source>
        <translation>パスワード保管庫（キーチェーン）の応答を待っています…</translation>
    </message>
    <message>
        <source>It is not known yet whether the new values were saved: they may still be saved when it answers.</source>
        <translation>新しい内容が保存されたかどうかは、まだ分かりません。応答があった時点で保存される可能性があります。</translation>
    </message>
    <message>
        <source>The saved values could not be read yet.</source>
        <translation>保存した内容をまだ読み取れていません。</translation>
    </message>
    <message>
        <source>It is not known yet whether the link was removed: it may still be removed when it answers.</source>
        <translation>連携が解除されたかどうかは、まだ分かりません。応答があった時点で解除される可能性があります。</translation>
    </message>
    <message>
        <source>If a window asks for your keychain password, enter it. Then check the saved values again in a moment.</source>
        <translation>キーチェーンのパスワードを求める画面が出ていたら入力してください。そのうえで、しばらくしてから保存内容をもう一度ご確認ください。</translation>
    </message>
    <message>
        <source>The password vault (keychain) has not yet answered an earlier request.</source>
        <translation>パスワード保管庫（キーチェーン）が、前の操作にまだ応答していません。</translation>
    </message>
    <message>
        <source>This request was not started; nothing was changed by it.</source>
        <translation>この操作は開始していないため、何も変更していません。</translation>
    </message>
</context>
<context>
    <name>crossma::CredentialsFile</name>
    <message>
        <source>The credentials file %1 cannot be read: %2</source>
        <translation>認証情報ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The credentials are not a JSON object of field names (%1). Use for example {&quot;%2&quot;: &quot;…&quot;}.</source>
        <translation>認証情報が、項目名をキーとするJSONオブジェクトになっていません（%1）。例: {&quot;%2&quot;: &quot;…&quot;}</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%2 文字目: %1</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>最上位がオブジェクトではありません</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be a string.</source>
        <translation>「%1」の値は文字列にしてください。</translation>
    </message>
    <message numerus="yes">
        <source>The credentials hold %n name(s) that are not fields of %1. The fields are: %2.</source>
        <translation>
            <numerusform>認証情報に、%1の入力項目ではない名前が %n 個あります。使える項目: %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossma::DailyCheck</name>
    <message>
        <source>crossma-setup: expiry check</source>
        <translation>クロスマ モール連携設定: 有効期限の確認</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Reminds you of keys that expire soon.</source>
        <translation>有効期限が近いキーをお知らせします。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>crossma::Diagnostics</name>
    <message>
        <source>available</source>
        <translation>利用できます</translation>
    </message>
    <message>
        <source>not available (no password store service)</source>
        <translation>利用できません（パスワード保管庫（キーチェーン）のサービスがありません）</translation>
    </message>
    <message>
        <source>locked or access refused</source>
        <translation>ロックされているか、アクセスが拒否されました</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Support information (crossma-setup)</source>
        <translation>サポート用情報（crossma-setup）</translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation>アプリのバージョン: %1</translation>
    </message>
    <message>
        <source>OS: %1 (%2, %3)</source>
        <translation>OS: %1（%2、%3）</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1（ビルド時 %2）</translation>
    </message>
    <message>
        <source>Password store (keychain): %1</source>
        <translation>パスワード保管庫（キーチェーン）: %1</translation>
    </message>
    <message>
        <source>Malls:</source>
        <translation>モール:</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>連携済み</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation>保存日時: %1</translation>
    </message>
    <message>
        <source>last check: %1, result code: %2</source>
        <translation>最終確認: %1、結果コード: %2</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>接続先:</translation>
    </message>
    <message>
        <source>production (default)</source>
        <translation>本番（既定）</translation>
    </message>
    <message>
        <source>extra trusted CA: %1 (SHA-256 %2)</source>
        <translation>追加で信頼する CA: %1（SHA-256 %2）</translation>
    </message>
    <message>
        <source>The support information could not be saved to %1: %2</source>
        <translation>サポート用情報を %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>still checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Created: %1 (all times are Japan time)</source>
        <translation>作成日時: %1（時刻はすべて日本時間）</translation>
    </message>
    <message>
        <source>Screen-share mode: %1</source>
        <translation>画面共有モード: %1</translation>
    </message>
    <message>
        <source>on (passwords and keys stay hidden)</source>
        <translation>オン（パスワードとキーは隠したまま）</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>crossma::Endpoints</name>
    <message>
        <source>The endpoints file %1 cannot be read: %2</source>
        <translation>接続先ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The endpoints file is not a JSON object: %1</source>
        <translation>接続先ファイルがJSONオブジェクトではありません: %1</translation>
    </message>
    <message>
        <source>trustedCaFile %1 holds no PEM certificate.</source>
        <translation>trustedCaFile %1 にPEM形式の証明書がありません。</translation>
    </message>
    <message>
        <source>Unknown endpoint key &quot;%1&quot;. Known keys: %2</source>
        <translation>接続先のキー「%1」は使えません。使えるキー: %2</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; must be https://host[:port] with no path; got &quot;%2&quot;.</source>
        <translation>接続先「%1」は https://ホスト[:ポート] の形で、パスなしで指定してください（指定値: 「%2」）。</translation>
    </message>
</context>
<context>
    <name>crossma::EndpointsBanner</name>
    <message>
        <source>Test servers in use (endpoints file): connection tests go to other servers than the malls&apos;. Saved passwords and keys are not sent there, and no result is recorded.</source>
        <translation>テスト用サーバーを使用中（接続先ファイル）：接続テストはモール以外のサーバーに送られます。保存済みのパスワードやキーは送信せず、結果も記録しません。</translation>
    </message>
</context>
<context>
    <name>crossma::ExpiryFacts</name>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>%1: %2 (expired)</source>
        <translation>%1: %2（期限切れ）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1: %2（残り %n 日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Renew it at the mall, then enter the new value with Edit.</source>
        <translation>モールで更新し、新しい値を【編集】から入力してください。</translation>
    </message>
</context>
<context>
    <name>crossma::ExpiryReminder</name>
    <message>
        <source>%1: the %2 has passed</source>
        <translation>%1: %2が過ぎました</translation>
    </message>
    <message>
        <source>%1: the %2 is today</source>
        <translation>%1: %2は今日です</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left until the %2</source>
        <translation>
            <numerusform>%1: %2まで残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The %2 of %1 ends on %3.</source>
        <translation>%1の%2は%3までです。</translation>
    </message>
</context>
<context>
    <name>crossma::FieldEditor</name>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1を表示</translation>
    </message>
    <message>
        <source>Secrets stay hidden in screen-share mode.</source>
        <translation>画面共有モードでは表示できません。</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>入力した内容を表示／非表示にします</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation>%1のファイルを選択</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>%1を隠す</translation>
    </message>
</context>
<context>
    <name>crossma::FreedesktopNotifier</name>
    <message>
        <source>No desktop session was found (no D-Bus session bus), so no notification could be shown.</source>
        <translation>デスクトップのセッションが見つからないため、通知を表示できませんでした。</translation>
    </message>
    <message>
        <source>crossma-setup</source>
        <translation>クロスマ モール連携設定</translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service did not show the notification (%1).</source>
        <translation>デスクトップの通知サービスが通知を表示しませんでした（%1）。</translation>
    </message>
    <message>
        <source>Desktop notifications are not supported on this system yet.</source>
        <translation>このシステムのデスクトップ通知にはまだ対応していません。</translation>
    </message>
</context>
<context>
    <name>crossma::HomeWindow</name>
    <message>
        <source>クロスマ mall links (sandbox)</source>
        <translation>クロスマ モール連携（サンドボックス）</translation>
    </message>
    <message>
        <source>クロスマ mall links</source>
        <translation>クロスマ モール連携</translation>
    </message>
    <message>
        <source>Set up malls…</source>
        <translation>モールを設定する…</translation>
    </message>
    <message>
        <source>Open the setup wizard</source>
        <translation>設定ウィザードを開く</translation>
    </message>
    <message>
        <source>Save support information…</source>
        <translation>サポート用情報を保存…</translation>
    </message>
    <message>
        <source>Save the support information to a file (no passwords or keys)</source>
        <translation>サポート用情報をファイルに保存（パスワードやキーは含みません）</translation>
    </message>
    <message>
        <source>Save support information</source>
        <translation>サポート用情報を保存</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Saved the support information to %1. It contains no password or key.</source>
        <translation>サポート用情報を %1 に保存しました。パスワードやキーは含まれていません。</translation>
    </message>
    <message>
        <source>Copy support information</source>
        <translation>サポート用情報をコピー</translation>
    </message>
    <message>
        <source>Copy the support information to the clipboard (no passwords or keys)</source>
        <translation>サポート用情報をクリップボードにコピー（パスワードやキーは含みません）</translation>
    </message>
    <message>
        <source>Copied the support information. It contains no password or key.</source>
        <translation>サポート用情報をコピーしました。パスワードやキーは含まれていません。</translation>
    </message>
    <message>
        <source>Preparing the support information…</source>
        <translation>サポート用情報を準備しています…</translation>
    </message>
</context>
<context>
    <name>crossma::MallPage</name>
    <message>
        <source>Preparation and input</source>
        <translation>準備と入力</translation>
    </message>
    <message>
        <source>② Input</source>
        <translation>② 入力</translation>
    </message>
    <message>
        <source>③ Check</source>
        <translation>③ 確認</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Asks %1 whether it accepts these values. Nothing is saved yet.</source>
        <translation>この内容を%1が受け付けるか確認します。まだ保存はされません。</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation>テストを中止</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>この内容で更新</translation>
    </message>
    <message>
        <source>Becomes available once the connection test succeeded for exactly these values.</source>
        <translation>この内容で接続テストに成功すると押せるようになります。</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1（任意）</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Could not save.</source>
        <translation>保存できませんでした。</translation>
    </message>
    <message>
        <source>Reading the saved values from the password store (keychain)…</source>
        <translation>パスワード保管庫（キーチェーン）から保存済みの値を読み込んでいます…</translation>
    </message>
    <message>
        <source>Linked (last checked %1)</source>
        <translation>連携済み（最終確認: %1）</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>連携済み</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Saved in the password vault (keychain). Type here only to change it.</source>
        <translation>パスワード保管庫（キーチェーン）に保存済みです。変更する場合だけ入力してください。</translation>
    </message>
</context>
<context>
    <name>crossma::MallPageController</name>
    <message>
        <source>Starting the connection test…</source>
        <translation>接続テストを開始しています…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Nothing was sent to %1 yet: please first correct the fields marked in ② Input.</source>
        <translation>%1にはまだ何も送信していません。先に「② 入力」で示した項目を直してください。</translation>
    </message>
</context>
<context>
    <name>crossma::NotifyCommand</name>
    <message>
        <source>Another expiry check is still running. Try again in a minute.</source>
        <translation>別の有効期限の確認が実行中です。1分ほどしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Click to open the settings of %1.</source>
        <translation>クリックすると%1の設定画面を開きます。</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>設定画面を開く</translation>
    </message>
    <message>
        <source>The notifications were shown, but the settings file could not be written, so they may repeat today.</source>
        <translation>通知は表示しましたが、設定ファイルに書き込めなかったため、今日もう一度通知されることがあります。</translation>
    </message>
</context>
<context>
    <name>crossma::OverviewPage</name>
    <message>
        <source>Linked malls</source>
        <translation>連携の状況</translation>
    </message>
    <message>
        <source>What is linked, when it was last checked and what expires when.</source>
        <translation>連携しているモール、最後に確認した日時、有効期限を表示しています。</translation>
    </message>
    <message>
        <source>Re-check all</source>
        <translation>すべて再確認</translation>
    </message>
    <message>
        <source>Checks every linked mall with the saved values, all at once.</source>
        <translation>連携済みのすべてのモールを、保存した内容で同時に確認します。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>確認を中止</translation>
    </message>
    <message>
        <source>%1 — %2. %3</source>
        <translation>%1 — %2。%3</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>連携済み</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Not checked since it was saved on %1.</source>
        <translation>%1 に保存してから、まだ確認していません。</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>連携を解除</translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation>%1 の連携を解除</translation>
    </message>
    <message>
        <source>Unlink %1? Its saved values are removed from this computer (the password store and the settings). The other malls stay linked.</source>
        <translation>%1 の連携を解除しますか？保存した内容をこのパソコン（パスワード保管庫（キーチェーン）と設定）から削除します。ほかのモールの連携はそのままです。</translation>
    </message>
    <message>
        <source>Removing the saved values…</source>
        <translation>保存した内容を削除しています…</translation>
    </message>
    <message>
        <source>Unlinked.</source>
        <translation>連携を解除しました。</translation>
    </message>
    <message>
        <source>Last checked: %1 (connected)</source>
        <translation>最終確認: %1（接続できました）</translation>
    </message>
    <message>
        <source>Last checked: %1 (no answer from the mall, code %2)</source>
        <translation>最終確認: %1（モールから応答がありませんでした。コード: %2）</translation>
    </message>
    <message>
        <source>Last checked: %1 (could not connect, code %2)</source>
        <translation>最終確認: %1（接続できませんでした。コード: %2）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>crossma::ProcedureView</name>
    <message>
        <source>① Preparation at %1</source>
        <translation>① %1での準備</translation>
    </message>
    <message>
        <source>Open the %1 admin page in the browser</source>
        <translation>%1の管理画面をブラウザで開く</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>メニュー: %1</translation>
    </message>
    <message>
        <source>Open this page in the browser</source>
        <translation>このページをブラウザで開く</translation>
    </message>
    <message>
        <source>Open the page for: %1</source>
        <translation>「%1」のページをブラウザで開く</translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>補足: %1</translation>
    </message>
    <message>
        <source>Hide the steps</source>
        <translation>手順を隠す</translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation>手順を表示</translation>
    </message>
</context>
<context>
    <name>crossma::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation>プロキシへのログイン</translation>
    </message>
    <message>
        <source>The proxy server %1 did not accept the user name and password. Enter them again.</source>
        <translation>プロキシサーバー %1 がユーザー名とパスワードを受け付けませんでした。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The proxy server %1 of this network asks for a user name and password before this app can reach the malls.</source>
        <translation>このネットワークのプロキシサーバー %1 が、モールに接続する前にユーザー名とパスワードを求めています。</translation>
    </message>
    <message>
        <source>They are kept only until this app closes and are never saved. If you do not know them, ask your network administrator.</source>
        <translation>入力した内容はこのアプリを閉じるまでの間だけ使い、保存しません。分からない場合はネットワーク管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>crossma::RakutenConnector</name>
    <message>
        <source>Rakuten Ichiba</source>
        <translation>楽天市場</translation>
    </message>
    <message>
        <source>Rakuten Ichiba settings</source>
        <translation>楽天市場設定</translation>
    </message>
    <message>
        <source>Apply for the WEB API service in RMS, enable its functions, then enter the service secret, license key and shop URL shown there.</source>
        <translation>RMSでWEB APIサービスを申し込み、利用機能を設定してから、表示されるサービスシークレット・ライセンスキーと店舗URLを入力してください。</translation>
    </message>
    <message>
        <source>Service secret</source>
        <translation>サービスシークレット</translation>
    </message>
    <message>
        <source>e.g. SP338500_xxxxxxxxxxxx</source>
        <translation>例: SP338500_xxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>RMS &gt; Store information &amp; services &gt; WEB API service &gt; 2-1 WEB API: shown as the service secret.</source>
        <translation>RMS &gt; 店舗様向け情報・サービス &gt; WEB APIサービス &gt; 2-1 WEB API に「サービスシークレット」として表示されています。</translation>
    </message>
    <message>
        <source>License key</source>
        <translation>ライセンスキー</translation>
    </message>
    <message>
        <source>e.g. SL338500_xxxxxxxxxxxx</source>
        <translation>例: SL338500_xxxxxxxxxxxx</translation>
    </message>
    <message>
        <source>Shown next to the service secret in 2-1 WEB API. It is valid for 90 days.</source>
        <translation>2-1 WEB API でサービスシークレットの下に表示されています。有効期限は90日です。</translation>
    </message>
    <message>
        <source>Shop URL</source>
        <translation>店舗URL</translation>
    </message>
    <message>
        <source>The address of your shop&apos;s top page. The shop code alone is fine too.</source>
        <translation>店舗トップページのアドレスです。店舗コードだけでもかまいません。</translation>
    </message>
    <message>
        <source>Apply for the WEB API service</source>
        <translation>WEB APIサービスを申し込む</translation>
    </message>
    <message>
        <source>RMS &gt; Store information &amp; services &gt; WEB API service &gt; 1-2 Application and terms of use &gt; Apply</source>
        <translation>RMS &gt; 店舗様向け情報・サービス &gt; WEB APIサービス &gt; 1-2 申し込み、利用規約確認 &gt; 申し込む</translation>
    </message>
    <message>
        <source>Read the terms of use and press 申し込む. Skip this step if you have already applied.</source>
        <translation>利用規約をご確認のうえ【申し込む】をクリックしてください。すでに申し込み済みの場合は、この手順は不要です。</translation>
    </message>
    <message>
        <source>Set every function to 利用する in 利用機能編集</source>
        <translation>利用機能編集ですべて「利用する」にする</translation>
    </message>
    <message>
        <source>RMS &gt; Store information &amp; services &gt; WEB API service &gt; 2-1 WEB API &gt; 利用機能編集</source>
        <translation>RMS &gt; 店舗様向け情報・サービス &gt; WEB APIサービス &gt; 2-1 WEB API &gt; 利用機能編集</translation>
    </message>
    <message>
        <source>The list is very long: scroll to the very bottom and set every item to 利用する. Items that are 利用不可 from the start can stay as they are. Then press 確認する and 登録する.</source>
        <translation>項目がとても多いので、必ず一番下までスクロールして、すべて「利用する」にしてください。最初から「利用不可」の項目はそのままで大丈夫です。最後に【確認する】→【登録する】をクリックします。</translation>
    </message>
    <message>
        <source>Apply for the CSV商品一括編集 option</source>
        <translation>CSV商品一括編集を申し込む</translation>
    </message>
    <message>
        <source>RMS &gt; Store information &amp; services &gt; 2. Option functions: apply / cancel &gt; CSV商品一括編集 &gt; 申込・解約</source>
        <translation>RMS &gt; 店舗様向け情報・サービス &gt; 2.オプション機能利用申込・解約 &gt; CSV商品一括編集 &gt; 申込・解約</translation>
    </message>
    <message>
        <source>Without this option the service cannot be linked to Rakuten Ichiba.</source>
        <translation>お申し込みがないと、クロスマと楽天市場を連携できません。</translation>
    </message>
    <message>
        <source>Copy the service secret and the license key</source>
        <translation>サービスシークレットとライセンスキーをコピーする</translation>
    </message>
    <message>
        <source>RMS &gt; Store information &amp; services &gt; WEB API service &gt; 2-1 WEB API</source>
        <translation>RMS &gt; 店舗様向け情報・サービス &gt; WEB APIサービス &gt; 2-1 WEB API</translation>
    </message>
    <message>
        <source>The usage information there shows the service secret and the license key. Paste them below.</source>
        <translation>利用情報にサービスシークレットとライセンスキーが表示されます。下の入力欄に貼り付けてください。</translation>
    </message>
    <message>
        <source>Rakuten needs about 1 to 1.5 hours after 登録する before the settings take effect. If the connection test fails right after, try again later.</source>
        <translation>【登録する】の後、楽天側で設定が反映されるまで約1〜1.5時間かかります。直後の接続テストで失敗した場合は、時間をおいてもう一度お試しください。</translation>
    </message>
    <message>
        <source>Shops still on the old payment method (旧決済) need different settings; please contact support. Almost every shop today uses 楽天ペイ.</source>
        <translation>決済方法が楽天ペイではなく旧決済の店舗様は設定内容が異なりますので、サポートへご連絡ください（現在はほぼすべての店舗様が楽天ペイです）。</translation>
    </message>
    <message>
        <source>The %1 can only contain half-width letters, digits and &quot;_&quot;. Copy it again from 2-1 WEB API in RMS.</source>
        <translation>%1に使えるのは半角英数字と「_」だけです。RMSの 2-1 WEB API からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The license key is the same as the service secret. Copy the license key from its own line in 2-1 WEB API.</source>
        <translation>ライセンスキーがサービスシークレットと同じです。2-1 WEB API のライセンスキーの行からコピーしてください。</translation>
    </message>
    <message>
        <source>The service secret and the license key seem swapped: the service secret usually starts with SP and the license key with SL.</source>
        <translation>サービスシークレットとライセンスキーが入れ替わっているようです。通常、サービスシークレットは SP、ライセンスキーは SL で始まります。</translation>
    </message>
    <message>
        <source>This is not a Rakuten Ichiba shop address. Enter it like https://www.rakuten.co.jp/your-shop/ or just the shop code.</source>
        <translation>楽天市場の店舗アドレスではありません。https://www.rakuten.co.jp/店舗コード/ の形か、店舗コードだけを入力してください。</translation>
    </message>
    <message>
        <source>License key expiry</source>
        <translation>ライセンスキーの有効期限</translation>
    </message>
    <message>
        <source>Issue a new license key in RMS (店舗様向け情報・サービス &gt; WEB APIサービス &gt; 利用設定), then enter it with Edit.</source>
        <translation>RMS（店舗様向け情報・サービス &gt; WEB APIサービス &gt; 利用設定）で新しいライセンスキーを発行し、【編集】から入力してください。</translation>
    </message>
</context>
<context>
    <name>crossma::RakutenErrors</name>
    <message>
        <source>The service secret or the license key is wrong or incomplete: copy both again from RMS &gt; WEB API service &gt; 2-1 WEB API.</source>
        <translation>サービスシークレットまたはライセンスキーが違うか、一部しかコピーされていません。RMS &gt; WEB APIサービス &gt; 2-1 WEB API から両方をコピーし直してください。</translation>
    </message>
    <message>
        <source>The license key has expired (it is valid for 90 days): issue a new one in 2-1 WEB API and enter it here.</source>
        <translation>ライセンスキーの有効期限（90日）が切れています。2-1 WEB API で新しいキーを発行して、ここに入力してください。</translation>
    </message>
    <message>
        <source>The API functions are not enabled yet: in 2-1 WEB API &gt; 利用機能編集 set every function to 利用する, then wait 1 to 1.5 hours.</source>
        <translation>APIの利用機能がまだ設定されていません。2-1 WEB API &gt; 利用機能編集 ですべて「利用する」にして、1〜1.5時間お待ちください。</translation>
    </message>
    <message>
        <source>The license key was issued only minutes ago and Rakuten Ichiba does not know it yet: wait about 30 minutes and run the connection test again.</source>
        <translation>ライセンスキーを発行した直後のため、楽天市場側でまだ認識されていません。30分ほど待ってから、もう一度接続テストを行ってください。</translation>
    </message>
    <message>
        <source>Rakuten Ichiba is receiving too many requests for this shop right now. Wait a minute and run the connection test again.</source>
        <translation>楽天市場へのリクエストが一時的に多すぎます。1分ほど待ってから、もう一度接続テストを行ってください。</translation>
    </message>
    <message>
        <source>Rakuten Ichiba did not accept these values (HTTP %1).</source>
        <translation>楽天市場がこの内容を受け付けませんでした（HTTP %1）。</translation>
    </message>
    <message>
        <source>Rakuten Ichiba did not accept the request for this license key (HTTP %1).</source>
        <translation>楽天市場がこのライセンスキーでのリクエストを受け付けませんでした（HTTP %1）。</translation>
    </message>
    <message>
        <source>Rakuten Ichiba is having trouble right now (HTTP %1). Your values were not judged; please try the connection test again later.</source>
        <translation>楽天市場で現在障害が起きています（HTTP %1）。入力内容の正否は判定されていません。しばらくしてから、もう一度接続テストを行ってください。</translation>
    </message>
    <message>
        <source>The license key is valid, but Rakuten Ichiba refused the shop information (HTTP %1).</source>
        <translation>ライセンスキーは有効ですが、楽天市場が店舗情報の取得を拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The API functions are not enabled yet: in RMS &gt; WEB API service &gt; 2-1 WEB API &gt; 利用機能編集 set every function to 利用する (scroll to the very bottom), press 確認する and 登録する.</source>
        <translation>APIの利用機能がまだ設定されていません。RMS &gt; WEB APIサービス &gt; 2-1 WEB API &gt; 利用機能編集 で、一番下までスクロールしてすべて「利用する」にし、【確認する】→【登録する】をクリックしてください。</translation>
    </message>
    <message>
        <source>The change was registered less than 1 to 1.5 hours ago: wait and try again.</source>
        <translation>設定の登録から1〜1.5時間たっていない可能性があります。時間をおいてもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>crossma::RakutenVerifyJob</name>
    <message>
        <source>Connecting to Rakuten Ichiba and checking the license key…</source>
        <translation>楽天市場に接続して、ライセンスキーを確認しています…</translation>
    </message>
    <message>
        <source>The license key expired on %1. Issue a new license key in RMS &gt; WEB API service &gt; 2-1 WEB API and enter it here.</source>
        <translation>ライセンスキーの有効期限は %1 に切れました。RMS &gt; WEB APIサービス &gt; 2-1 WEB API で新しいライセンスキーを発行して、ここに入力してください。</translation>
    </message>
    <message>
        <source>The license key expires in %1 days (%2). Issue a new one in RMS before then, or Rakuten orders stop reaching the service.</source>
        <translation>ライセンスキーの有効期限まで残り %1 日です（%2）。期限までにRMSで新しいキーを発行してください。期限が切れると楽天市場の注文をクロスマで受け取れなくなります。</translation>
    </message>
    <message>
        <source>Checking that the API functions are enabled for your shop…</source>
        <translation>店舗でAPIの利用機能が有効になっているか確認しています…</translation>
    </message>
    <message>
        <source>These keys belong to the shop &quot;%1&quot; (%2), not to the shop URL you entered. Check the shop URL, or use the keys of the right shop.</source>
        <translation>このキーは店舗「%1」（%2）のもので、入力された店舗URLとは違います。店舗URLをご確認いただくか、正しい店舗のキーを入力してください。</translation>
    </message>
    <message>
        <source>Connected to %1. License key valid until %2 (%3 days left).</source>
        <translation>接続できました（%1）。ライセンスキーの有効期限: %2（残り %3 日）</translation>
    </message>
    <message>
        <source>no expiry date in the answer</source>
        <translation>応答に有効期限がありません</translation>
    </message>
</context>
<context>
    <name>crossma::RecheckAll</name>
    <message>
        <source>Reading the saved values…</source>
        <translation>保存した内容を読み込んでいます…</translation>
    </message>
    <message>
        <source>%1: the saved values are incomplete. Open Edit and enter them again.</source>
        <translation>%1: 保存されている内容が足りません。【編集】から入力し直してください。</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>確認を中止しました。</translation>
    </message>
    <message>
        <source>%1 was not checked: this app was started with an endpoints file that sends its requests to other servers, and saved values are only ever sent to %1 itself.</source>
        <translation>%1は確認していません。このアプリは接続先ファイル付きで起動され、通信が別のサーバーに向けられています。保存済みの値は%1本体にしか送りません。</translation>
    </message>
</context>
<context>
    <name>crossma::RemindersBox</name>
    <message>
        <source>Notify me when an expiry date is near</source>
        <translation>期限が近づいたら通知する</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>カレンダーに追加</translation>
    </message>
    <message>
        <source>Checks the expiry dates once a day, also while this app is closed, and shows a desktop notification for each one that is near.</source>
        <translation>このアプリを閉じていても有効期限を1日1回確認し、期限が近いものをデスクトップ通知でお知らせします。</translation>
    </message>
    <message>
        <source>Saves the expiry dates as a calendar file (.ics) for Google Calendar or Outlook, with a reminder a week before. It holds dates and mall names only, never a key.</source>
        <translation>有効期限をGoogle カレンダーや Outlook 用のカレンダーファイル（.ics）に保存します（1週間前にリマインダー付き）。入るのは日付とモール名だけで、キーは含まれません。</translation>
    </message>
    <message>
        <source>Not supported on this system yet.</source>
        <translation>このシステムにはまだ対応していません。</translation>
    </message>
    <message>
        <source>Off: reminders show only when this app is open.</source>
        <translation>オフ: 期限のお知らせはこのアプリを開いたときだけ表示されます。</translation>
    </message>
    <message>
        <source>On: checked at login and every morning at 9:00.</source>
        <translation>オン: ログイン時と毎朝9時に確認します。</translation>
    </message>
    <message>
        <source>On: checked at every login.</source>
        <translation>オン: ログインのたびに確認します。</translation>
    </message>
    <message>
        <source>No expiry dates are saved yet. Run the connection test of a mall first.</source>
        <translation>保存された有効期限がまだありません。先にモールの接続テストを行ってください。</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar (Google Calendar: Settings &gt; Import &amp; export).</source>
        <translation>%1 を保存しました。カレンダーで開いてください（Google カレンダーでは 設定 &gt; インポート/エクスポート）。</translation>
    </message>
</context>
<context>
    <name>crossma::RuntimeLibrary</name>
    <message>
        <source>A part of this app (%1) could not be loaded, so keys and certificates cannot be read. Install the app again; if this message stays, contact クロスマ support.</source>
        <translation>このアプリの部品（%1）を読み込めなかったため、鍵と証明書を読み取れません。アプリをもう一度インストールしてください。それでもこの表示が消えない場合は、クロスマのサポートにお問い合わせください。</translation>
    </message>
</context>
<context>
    <name>crossma::ResultPanel</name>
    <message>
        <source>Result of the connection test</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Copy support information</source>
        <translation>サポート用情報をコピー</translation>
    </message>
    <message>
        <source>Copies the result codes for support. Holds no password or key.</source>
        <translation>サポートに伝える結果コードをコピーします。パスワードやキーは含まれません。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>接続できました。</translation>
    </message>
    <message>
        <source>The connection test was stopped.</source>
        <translation>接続テストを中止しました。</translation>
    </message>
    <message>
        <source>Please check your input.</source>
        <translation>入力内容をご確認ください。</translation>
    </message>
    <message>
        <source>Could not connect.</source>
        <translation>接続できませんでした。</translation>
    </message>
    <message>
        <source>To correct:</source>
        <translation>直す項目:</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>考えられる原因（可能性の高い順）:</translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation>注意:</translation>
    </message>
    <message>
        <source>Copied the support information. It contains no password or key.</source>
        <translation>サポート用情報をコピーしました。パスワードやキーは含まれていません。</translation>
    </message>
    <message>
        <source>Answer from %1: %2</source>
        <translation>%1からの応答: %2</translation>
    </message>
</context>
<context>
    <name>crossma::SandboxExamplesBox</name>
    <message>
        <source>Sandbox: sample input</source>
        <translation>サンドボックス: 入力例</translation>
    </message>
    <message>
        <source>Preparing the sample input…</source>
        <translation>入力例を用意しています…（数秒かかります）</translation>
    </message>
    <message>
        <source>This sandbox has no sample input for this mall.</source>
        <translation>このモールの入力例はありません。</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>入力する</translation>
    </message>
    <message>
        <source>Fill in the sample: %1</source>
        <translation>入力例「%1」を入力する</translation>
    </message>
</context>
<context>
    <name>crossma::ScreenShareBanner</name>
    <message>
        <source>Screen-share mode is on: passwords and keys stay hidden and cannot be copied.</source>
        <translation>画面共有モードです。パスワードとキーは隠したままで、コピーもできません。</translation>
    </message>
</context>
<context>
    <name>crossma::SetupWizard</name>
    <message>
        <source>クロスマ mall link setup (sandbox)</source>
        <translation>クロスマ モール連携設定（サンドボックス）</translation>
    </message>
    <message>
        <source>クロスマ mall link setup</source>
        <translation>クロスマ モール連携設定</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <source>Step %1 / %2  %3</source>
        <translation>ステップ %1 / %2  %3</translation>
    </message>
    <message>
        <source>Screen-share mode: passwords and keys stay hidden</source>
        <translation>画面共有モード：パスワードやキーは表示されません</translation>
    </message>
    <message>
        <source>While on, passwords and keys cannot be shown or copied. Turn it on before sharing your screen; press again to turn it off.</source>
        <translation>オンの間は、パスワードやキーを表示することもコピーすることもできません。画面を共有する前にオンにしてください。もう一度押すとオフになります。</translation>
    </message>
    <message>
        <source>Screen-share mode: on</source>
        <translation>画面共有モード：オン</translation>
    </message>
    <message>
        <source>Screen-share mode: off</source>
        <translation>画面共有モード：オフ</translation>
    </message>
</context>
<context>
    <name>crossma::StatusCommand</name>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>linked</source>
        <translation>連携済み</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存日時: %1</translation>
    </message>
    <message>
        <source>Last connection test: %1 (%2)</source>
        <translation>最後の接続テスト: %1（%2）</translation>
    </message>
    <message>
        <source>Expiry date (%1): %2 (%3)</source>
        <translation>有効期限（%1）: %2（%3）</translation>
    </message>
    <message>
        <source>Notified: %1</source>
        <translation>通知しました: %1</translation>
    </message>
</context>
<context>
    <name>crossma::StepList</name>
    <message>
        <source>Steps</source>
        <translation>ステップ一覧</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Practice mode: the malls are simulated on this computer and nothing reaches the real malls.</source>
        <translation>練習用モードです。モールはこのパソコンの中で再現されており、本物のモールには何も送信されません。</translation>
    </message>
    <message>
        <source>Screen-share mode</source>
        <translation>画面共有モード</translation>
    </message>
    <message>
        <source>Passwords and keys stay hidden and cannot be shown.</source>
        <translation>パスワードやキーは隠したままで、表示できません。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>現在のステップ</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>連携済み</translation>
    </message>
    <message>
        <source>not set up this time</source>
        <translation>今回は設定しません</translation>
    </message>
    <message>
        <source>Click a step, or press Enter on it, to go there.</source>
        <translation>ステップをクリックするか、選んで Enter キーを押すと、そのステップに移動します。</translation>
    </message>
</context>
<context>
    <name>crossma::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <source>Linked ✓</source>
        <translation>連携済み ✓</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>最終確認: %1</translation>
    </message>
    <message>
        <source>%1: the %2 has passed. Issue a new one at the mall, then run the connection test and save again.</source>
        <translation>%1: %2が過ぎています。モールで新しく発行し、接続テストのあと【この内容で更新】をやり直してください。</translation>
    </message>
    <message>
        <source>Not linked yet: orders and stock of this mall are not handled by クロスマ until it is set up.</source>
        <translation>まだ連携していません。設定するまで、このモールの注文や在庫はクロスマで扱われません。</translation>
    </message>
    <message>
        <source>To set up the remaining malls later, open this wizard again: the malls that are already linked stay as they are.</source>
        <translation>残りのモールは、あとでこのウィザードをもう一度開いて設定できます。連携済みのモールはそのまま残ります。</translation>
    </message>
    <message>
        <source>Press Finish. Your linked malls are used by クロスマ from now on.</source>
        <translation>【完了】を押してください。連携済みのモールは、これからクロスマで使われます。</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>次にすること</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left until the %2. Renew it at the mall soon, then run the connection test and save again.</source>
        <translation>
            <numerusform>%1: %2まで残り %n 日です。早めにモールで更新し、接続テストのあと【この内容で更新】をやり直してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys with an expiry date (%1) must be renewed at the mall before they expire; this wizard shows the days left.</source>
        <translation>有効期限のあるキー（%1）は、期限が切れる前にモールで更新してください。残り日数はこのウィザードで確認できます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1の%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>crossma::UnsavedQuestion</name>
    <message>
        <source>The values that passed the connection test are not saved yet. Save them?</source>
        <translation>接続テストに成功した内容をまだ保存していません。保存しますか？</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存する</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>保存しない</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>戻る</translation>
    </message>
</context>
<context>
    <name>crossma::VerifyCommand</name>
    <message>
        <source>Unknown mall &quot;%1&quot;. Use one of: %2.</source>
        <translation>「%1」というモールはありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>The sandbox malls could not be started: %1</source>
        <translation>サンドボックスのモールを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing is saved for %1 yet. Link it in the wizard first, or give the values with --credentials FILE.</source>
        <translation>%1はまだ未設定です（保存された値がありません）。先にウィザードで連携するか、--credentials ファイル で値を指定してください。</translation>
    </message>
    <message>
        <source>%1: please check the values. Nothing was sent.</source>
        <translation>%1: 入力内容をご確認ください。モールには何も送信していません。</translation>
    </message>
    <message>
        <source>The endpoints file sends %1&apos;s requests to other servers, so the saved values are not sent. Saved secrets only ever go to %1 itself. To test against those servers, give the values with --credentials FILE.</source>
        <translation>接続先ファイルが%1への通信を別のサーバーに向けているため、保存済みの値は送信しません。保存した秘密の値は%1本体にしか送りません。そのサーバーでテストするには、--credentials FILE で値を指定してください。</translation>
    </message>
</context>
<context>
    <name>crossma::VerifyJob</name>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try the connection test again in a few minutes.</source>
        <translation>%1から時間内に応答がありませんでした。インターネット接続をご確認のうえ、数分後にもう一度接続テストを行ってください。</translation>
    </message>
    <message>
        <source>The connection test was cancelled. Nothing was saved.</source>
        <translation>接続テストを中止しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. If your company uses a proxy that inspects HTTPS, ask its administrator; otherwise check that this computer&apos;s date and time are correct.</source>
        <translation>%1との安全な接続を確認できなかったため、何も送信していません。社内でHTTPSを検査するプロキシをお使いの場合は管理者にご相談ください。そうでなければ、このパソコンの日付と時刻が正しいかご確認ください。</translation>
    </message>
    <message>
        <source>Could not connect to %1. Check that this computer is online and that no firewall or proxy blocks the connection, then try again.</source>
        <translation>%1に接続できませんでした。このパソコンがインターネットにつながっていること、ファイアウォールやプロキシで遮断されていないことをご確認のうえ、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 answered, but not in a way this program understands (HTTP %2). Please try again later; if it keeps happening, copy the support information and contact support.</source>
        <translation>%1から想定外の応答がありました（HTTP %2）。時間をおいてもう一度お試しください。続く場合は、サポート用情報をコピーしてサポートへご連絡ください。</translation>
    </message>
    <message>
        <source>%1 is having trouble right now (HTTP %2). Your values were not judged; please try the connection test again later.</source>
        <translation>%1で現在障害が起きているようです（HTTP %2）。入力内容の正否は判定されていません。時間をおいてもう一度接続テストを行ってください。</translation>
    </message>
    <message>
        <source>%1 answered with a redirection to another address (HTTP %2). For your safety nothing was sent there and nothing was saved. Please try again later; if it keeps happening, copy the support information and contact support.</source>
        <translation>%1から別のアドレスへの転送（HTTP %2）が返されました。安全のため、転送先には何も送信しておらず、何も保存していません。時間をおいてもう一度お試しください。続く場合は、サポート用情報をコピーしてサポートへご連絡ください。</translation>
    </message>
    <message>
        <source>A proxy, a public Wi-Fi sign-in page or security software may be intercepting the connection.</source>
        <translation>プロキシ、公衆Wi-Fiのログイン画面、またはセキュリティソフトが通信に割り込んでいる可能性があります。</translation>
    </message>
    <message>
        <source>%1 sent an answer far larger than any answer to this check (over %2 KiB), so this app stopped reading it. Please try again later; if it keeps happening, copy the support information and contact support.</source>
        <translation>%1から、接続テストの応答としてはありえない大きさ（%2 KiB超）のデータが送られてきたため、このアプリは読み込みを中止しました。時間をおいてもう一度お試しください。続く場合は、サポート用情報をコピーしてサポートへご連絡ください。</translation>
    </message>
    <message>
        <source>%1 answered with data that is not a valid web answer. Please try again later; if it keeps happening, copy the support information and contact support.</source>
        <translation>%1から、正しい形式ではない応答が返されました。時間をおいてもう一度お試しください。続く場合は、サポート用情報をコピーしてサポートへご連絡ください。</translation>
    </message>
    <message>
        <source>A proxy or security software may be interfering with the connection.</source>
        <translation>プロキシまたはセキュリティソフトが通信を妨げている可能性があります。</translation>
    </message>
    <message>
        <source>The proxy server %1 asks for a user name and password, so %2 could not be reached. Run the connection test in this app&apos;s window and enter them when asked, or ask your network administrator for them.</source>
        <translation>プロキシサーバー %1 がユーザー名とパスワードを求めているため、%2に接続できませんでした。このアプリの画面で接続テストを行い、求められたら入力してください。分からない場合はネットワーク管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
</context>
<context>
    <name>crossma::VerifyReport</name>
    <message>
        <source>%1: connection test passed.</source>
        <translation>%1: 接続できました。</translation>
    </message>
    <message>
        <source>%1: the connection test could not be completed (%2).</source>
        <translation>%1: 接続テストを完了できませんでした（%2）。</translation>
    </message>
    <message>
        <source>%1: connection test failed (%2).</source>
        <translation>%1: 接続できませんでした（%2）。</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>考えられる原因:</translation>
    </message>
    <message>
        <source>Answer from %1: %2</source>
        <translation>%1からの応答: %2</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>詳細:</translation>
    </message>
    <message>
        <source>Technical details: %1</source>
        <translation>技術的な詳細: %1</translation>
    </message>
</context>
<context>
    <name>crossma::WelcomePage</name>
    <message>
        <source>This wizard links your shops at the malls to クロスマ. For each mall you will ① prepare the mall&apos;s admin screen, ② enter the values it shows you and ③ run a connection test; only values the mall accepted are saved. Passwords and keys are kept in this computer&apos;s password store (keychain).</source>
        <translation>このウィザードでは、各モールのお店をクロスマに連携します。モールごとに ① モールの管理画面で準備し、② 表示された値を入力し、③ 接続テストを行います。モールが受け付けた値だけが保存されます。パスワードやキーは、このパソコンのパスワード保管庫（キーチェーン）に保管されます。</translation>
    </message>
    <message>
        <source>Choose the malls to set up now. You can set up the others on another day by opening this wizard again.</source>
        <translation>今回設定するモールを選んでください。ほかのモールは、別の日にこのウィザードをもう一度開いて設定できます。</translation>
    </message>
    <message>
        <source>Malls</source>
        <translation>モール</translation>
    </message>
    <message>
        <source>Set up %1 now</source>
        <translation>%1を今回設定する</translation>
    </message>
    <message>
        <source>You will need: %1</source>
        <translation>必要なもの: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>連携済み</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>crossma::YahooCertificateZip</name>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Read the certificate and private key of the store account &quot;%1&quot;. Expiry date: %2.</source>
        <translation>ストアアカウント「%1」の証明書と秘密鍵を読み込みました。有効期限: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened. Check that it still exists and that you may read it, then choose it again.</source>
        <translation>ファイル「%1」を開けません。ファイルがその場所にあり、読み取りできることをご確認のうえ、もう一度選んでください。</translation>
    </message>
    <message>
        <source>This file is not a ZIP file, or it is damaged. Choose the API certificate ZIP file exactly as downloaded from Store Creator Pro (top page, 重要なお知らせ), or download it again.</source>
        <translation>このファイルはZIPファイルではないか、壊れています。ストアクリエイターProのトップページ「重要なお知らせ」からダウンロードしたAPI証明書のZIPファイルをそのまま選ぶか、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>This ZIP file is protected by a password, so it cannot be read. Choose the ZIP file exactly as downloaded from Store Creator Pro, not a copy compressed again with a password.</source>
        <translation>このZIPファイルにはパスワードが設定されているため、読み込めません。パスワードを付けて圧縮し直したものではなく、ストアクリエイターProからダウンロードしたままのZIPファイルを選んでください。</translation>
    </message>
    <message>
        <source>This ZIP file contains another ZIP file, &quot;%1&quot;. Take &quot;%1&quot; out of it and choose that inner ZIP file instead.</source>
        <translation>このZIPファイルの中に、別のZIPファイル「%1」が入っています。「%1」を取り出して、そちらのZIPファイルを選んでください。</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot;</source>
        <translation>証明書「%1」</translation>
    </message>
    <message>
        <source>the private key &quot;%1&quot;</source>
        <translation>秘密鍵「%1」</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1と%2</translation>
    </message>
    <message>
        <source>The ZIP file does not contain %1. Choose the API certificate ZIP file downloaded from Store Creator Pro (top page, 重要なお知らせ), or download it again.</source>
        <translation>ZIPファイルに%1が入っていません。ストアクリエイターProのトップページ「重要なお知らせ」からダウンロードしたAPI証明書のZIPファイルを選ぶか、もう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The ZIP file contains more than one certificate or private key (%1), so it is unclear which to use. Choose the ZIP file of your newest download, which holds exactly one of each.</source>
        <translation>ZIPファイルに証明書または秘密鍵が複数入っているため（%1）、どれを使うか決められません。最新のダウンロードで得た、証明書と秘密鍵が1つずつ入ったZIPファイルを選んでください。</translation>
    </message>
    <message>
        <source>The files in the ZIP file are for the store account &quot;%1&quot;, but you entered &quot;%2&quot;. Check the store account (shown at the top right of Store Creator Pro), or choose the ZIP file of that store.</source>
        <translation>ZIPファイル内のファイルはストアアカウント「%1」のものですが、入力されたストアアカウントは「%2」です。ストアアカウント（ストアクリエイターProの右上に表示されています）をご確認いただくか、そのストアのZIPファイルを選んでください。</translation>
    </message>
    <message>
        <source>This ZIP file is far larger than an API certificate (a few KB), so it was not opened. Choose the API certificate ZIP file downloaded from Store Creator Pro.</source>
        <translation>このZIPファイルはAPI証明書（数KB程度）としては大きすぎるため、開きませんでした。ストアクリエイターProからダウンロードしたAPI証明書のZIPファイルを選んでください。</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in the ZIP file cannot be read (it is neither a PEM nor a DER certificate). Download the API certificate again from Store Creator Pro.</source>
        <translation>ZIPファイル内の証明書「%1」を読み込めません（PEM形式でもDER形式でもありません）。ストアクリエイターProからAPI証明書をもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; in the ZIP file cannot be read. Download the API certificate again from Store Creator Pro.</source>
        <translation>ZIPファイル内の秘密鍵「%1」を読み込めません。ストアクリエイターProからAPI証明書をもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is protected by a password. The key is needed exactly as downloaded from Store Creator Pro, without a password: download the API certificate again.</source>
        <translation>秘密鍵「%1」にはパスワードが設定されています。ストアクリエイターProからダウンロードしたままの、パスワードのない秘密鍵が必要です。API証明書をもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the certificate &quot;%2&quot;. They probably come from different downloads: use the ZIP file of one download, or download the API certificate again.</source>
        <translation>秘密鍵「%1」は証明書「%2」と対になっていません。別々にダウンロードしたファイルが混ざっている可能性があります。1回のダウンロードで得たZIPファイルを使うか、API証明書をもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>This certificate is valid only from %1. Check the date and time of this computer, or wait until then.</source>
        <translation>この証明書は%1から有効になります。このパソコンの日付と時刻が正しいか確認するか、その日時までお待ちください。</translation>
    </message>
    <message>
        <source>This certificate expired on %1. Apply for a new API certificate in Store Creator Pro and choose its ZIP file.</source>
        <translation>この証明書の有効期限は%1に切れました。ストアクリエイターProで新しいAPI証明書を申請し、そのZIPファイルを選んでください。</translation>
    </message>
    <message>
        <source>Reading the ZIP file was cancelled.</source>
        <translation>ZIPファイルの読み込みを中止しました。</translation>
    </message>
    <message>
        <source>&lt;store account&gt;</source>
        <translation>&lt;ストアアカウント&gt;</translation>
    </message>
</context>
<context>
    <name>crossma::YahooConnector</name>
    <message>
        <source>Yahoo! Shopping</source>
        <translation>Yahoo!ショッピング</translation>
    </message>
    <message>
        <source>Yahoo! Shopping settings</source>
        <translation>Yahoo!ショッピング設定</translation>
    </message>
    <message>
        <source>Store account</source>
        <translation>ストアアカウント</translation>
    </message>
    <message>
        <source>e.g. my-store</source>
        <translation>例: my-store</translation>
    </message>
    <message>
        <source>Shown at the top right of the Store Creator Pro top page.</source>
        <translation>ストアクリエイターProのトップページ右上に表示されています。</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>認証方式</translation>
    </message>
    <message>
        <source>Public key (recommended, current)</source>
        <translation>公開鍵認証（推奨・現行）</translation>
    </message>
    <message>
        <source>API certificate (old method, ended 2023-07-27)</source>
        <translation>API証明書（旧方式・2023年7月27日に終了）</translation>
    </message>
    <message>
        <source>API certificate (ZIP)</source>
        <translation>API証明書（ZIP）</translation>
    </message>
    <message>
        <source>The ZIP file downloaded from 重要なお知らせ on the Store Creator Pro top page. Do not unzip it: this program reads it as it is.</source>
        <translation>ストアクリエイターProトップページの「重要なお知らせ」からダウンロードしたZIPファイルです。解凍せずにそのまま指定してください。このアプリが中身を読み取ります。</translation>
    </message>
    <message>
        <source>API certificate</source>
        <translation>API証明書</translation>
    </message>
    <message>
        <source>Private key of the API certificate</source>
        <translation>API証明書の秘密鍵</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <source>Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」: press コピー and paste everything, including the BEGIN and END lines.</source>
        <translation>ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」で【コピー】を押し、BEGIN と END の行も含めてすべて貼り付けてください。</translation>
    </message>
    <message>
        <source>Public key version</source>
        <translation>公開鍵バージョン</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>例: 1</translation>
    </message>
    <message>
        <source>The バージョン shown next to the public key you set to 有効.</source>
        <translation>「有効」にした公開鍵の横に表示されている「バージョン」です。</translation>
    </message>
    <message>
        <source>Yahoo! JAPAN ID login</source>
        <translation>Yahoo! JAPAN IDでのログイン</translation>
    </message>
    <message>
        <source>Login time</source>
        <translation>ログイン日時</translation>
    </message>
    <message>
        <source>Client ID (advanced)</source>
        <translation>クライアントID（詳細設定）</translation>
    </message>
    <message>
        <source>Only if support asks you to: the Client ID of another YConnect application.</source>
        <translation>サポートから指示があった場合のみ入力してください（別のYConnectアプリケーションのクライアントID）。</translation>
    </message>
    <message>
        <source>Client secret (advanced)</source>
        <translation>クライアントシークレット（詳細設定）</translation>
    </message>
    <message>
        <source>Only together with the Client ID above.</source>
        <translation>上のクライアントIDと一緒に入力する場合のみ使います。</translation>
    </message>
    <message>
        <source>Look up your store account</source>
        <translation>ストアアカウントを確認する</translation>
    </message>
    <message>
        <source>Store Creator Pro &gt; top page (top right)</source>
        <translation>ストアクリエイターPro &gt; トップページ（右上）</translation>
    </message>
    <message>
        <source>The store account is shown at the top right of the Store Creator Pro top page.</source>
        <translation>ストアアカウントは、ストアクリエイターProのトップページ右上に表示されています。</translation>
    </message>
    <message>
        <source>Issue a public key and set it to 有効</source>
        <translation>公開鍵を発行して「有効」にする</translation>
    </message>
    <message>
        <source>Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」 &gt; 公開鍵発行</source>
        <translation>ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」 &gt; 公開鍵発行</translation>
    </message>
    <message>
        <source>Set the issued key to 有効, press コピー and paste the whole key below, including the BEGIN and END lines. Enter its バージョン as well. If two keys are 有効, enter the バージョン of the key you pasted, and do not switch off the other key while another tool still uses it.</source>
        <translation>発行した鍵を「有効」にし、【コピー】を押して、BEGIN と END の行も含めて鍵全体を下に貼り付けてください。その鍵の「バージョン」も入力します。「有効」な鍵が2つある場合は、貼り付けた鍵の「バージョン」を入力してください。もう一方の鍵をほかのツールが使っている間は、その鍵を無効にしないでください。</translation>
    </message>
    <message>
        <source>Log in with your Yahoo! JAPAN ID</source>
        <translation>Yahoo! JAPAN IDでログインする</translation>
    </message>
    <message>
        <source>Press ログイン: your browser opens. Log in with the Yahoo! JAPAN ID that manages the store and agree.</source>
        <translation>【Yahoo! JAPAN IDでログイン】を押すとブラウザが開きます。ストアを管理しているYahoo! JAPAN IDでログインし、同意してください。</translation>
    </message>
    <message>
        <source>Old method only: the API certificate ZIP</source>
        <translation>旧方式のみ: API証明書のZIP</translation>
    </message>
    <message>
        <source>Store Creator Pro &gt; top page &gt; 重要なお知らせ &gt; download</source>
        <translation>ストアクリエイターPro &gt; トップページ &gt; 重要なお知らせ &gt; ダウンロード</translation>
    </message>
    <message>
        <source>Drop the downloaded ZIP file here as it is; no unzip tool is needed. Yahoo! ended API certificates on 2023-07-27, so new settings use the public key.</source>
        <translation>ダウンロードしたZIPファイルを、解凍せずにそのまま下の「API証明書（ZIP）」で選ぶか、ドロップしてください。解凍ソフトは不要です。API証明書は2023年7月27日に終了したため、新しく設定する場合は公開鍵認証を使ってください。</translation>
    </message>
    <message>
        <source>If your store already uses the Yahoo! API with another tool, that tool loses its API access the moment a new application for a certificate or key is approved. Apply at a time you choose.</source>
        <translation>すでにほかのツールでYahoo!のAPIを利用中のストアは、証明書・公開鍵の新しい申請が承認されると、その時点でほかのツールのAPIが切れてしまいます。申請はご都合のよいときにご自身で行ってください。</translation>
    </message>
    <message>
        <source>Stores that were already open on Yahoo! Shopping when they signed up for クロスマ must apply themselves, in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」; it is not done in the initial setup.</source>
        <translation>Yahoo!ショッピング開店済みでクロスマにお申し込みのストアは、初期設定時に申請を行いません。必ずご自身で、ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」 から申請してください。</translation>
    </message>
    <message>
        <source>The login stays valid for 28 days with a public key. Log in again before it runs out.</source>
        <translation>公開鍵を使う場合、ログインの有効期限は28日です。期限が切れる前にもう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Choose the public key or the API certificate.</source>
        <translation>公開鍵認証かAPI証明書を選んでください。</translation>
    </message>
    <message>
        <source>Please enter the store account. It is shown at the top right of the Store Creator Pro top page.</source>
        <translation>ストアアカウントを入力してください。ストアクリエイターProのトップページ右上に表示されています。</translation>
    </message>
    <message>
        <source>The store account can only contain half-width lower-case letters, digits, &quot;-&quot; and &quot;_&quot; (at most 128). Copy it from the top right of the Store Creator Pro top page.</source>
        <translation>ストアアカウントに使えるのは半角の英小文字・数字・「-」「_」だけです（128文字まで）。ストアクリエイターProのトップページ右上からコピーしてください。</translation>
    </message>
    <message>
        <source>Drop the API certificate ZIP here or choose it with 選択….</source>
        <translation>API証明書のZIPファイルをここにドロップするか、【選択…】で選んでください。</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Choose the ZIP file again.</source>
        <translation>ファイル %1 が見つかりません。ZIPファイルを選び直してください。</translation>
    </message>
    <message>
        <source>Please paste the public key. Store Creator Pro &gt; 設定 &gt; 暗号鍵管理: press コピー and paste everything, including the BEGIN and END lines.</source>
        <translation>公開鍵を貼り付けてください。ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理で【コピー】を押し、BEGIN と END の行も含めてすべて貼り付けます。</translation>
    </message>
    <message>
        <source>Please enter the public key&apos;s バージョン. It is shown next to the key in 暗号鍵管理.</source>
        <translation>公開鍵の「バージョン」を入力してください。暗号鍵管理で鍵の横に表示されています。</translation>
    </message>
    <message>
        <source>Please log in with your Yahoo! JAPAN ID (ログイン) first.</source>
        <translation>先に【Yahoo! JAPAN IDでログイン】を押してログインしてください。</translation>
    </message>
    <message>
        <source>Enter both the client ID and the client secret, or neither.</source>
        <translation>クライアントIDとクライアントシークレットは、両方入力するか、両方とも空にしてください。</translation>
    </message>
    <message>
        <source>This program has no YConnect client ID configured. Please contact support.</source>
        <translation>このアプリにYConnectのクライアントIDが設定されていません。サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The %1 can only contain half-width letters, digits and symbols, without spaces.</source>
        <translation>%1に使えるのは半角の英字・数字・記号だけです（空白は使えません）。</translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation>証明書の有効期限</translation>
    </message>
    <message>
        <source>Download the new API certificate in ストアクリエイターPro, then load it with Edit.</source>
        <translation>ストアクリエイターProで新しいAPI証明書をダウンロードし、【編集】から読み込んでください。</translation>
    </message>
    <message>
        <source>Login (refresh token) expiry</source>
        <translation>ログイン（リフレッシュトークン）の有効期限</translation>
    </message>
    <message>
        <source>Log in to Yahoo! JAPAN again with Edit.</source>
        <translation>【編集】から Yahoo! JAPAN にもう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Enter your store account and the public key issued in Store Creator Pro (with its バージョン), then log in with the Yahoo! JAPAN ID that manages the store. Only stores still on the old method use the API certificate ZIP instead of the public key.</source>
        <translation>ストアアカウントと、ストアクリエイターProで発行した公開鍵（とその「バージョン」）を入力し、ストアを管理しているYahoo! JAPAN IDでログインしてください。旧方式のストアだけは、公開鍵の代わりにAPI証明書のZIPファイルを使います。</translation>
    </message>
</context>
<context>
    <name>crossma::YahooErrors</name>
    <message>
        <source>Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」</source>
        <translation>ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」</translation>
    </message>
    <message>
        <source>Yahoo! refused the request of the service&apos;s application (HTTP 403). Your store&apos;s values were not the reason; please copy the support information and contact support.</source>
        <translation>Yahoo!がクロスマのアプリケーションからのリクエストを拒否しました（HTTP 403）。ストアの入力内容が原因ではありません。サポート用情報をコピーして、サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The application has used up its daily number of requests (50,000 without an increase): try again tomorrow.</source>
        <translation>アプリケーションの1日のリクエスト数の上限（上限緩和の申請がない場合は50,000回）を超えています。明日もう一度お試しください。</translation>
    </message>
    <message>
        <source>The service&apos;s application ID is unknown to Yahoo!: please contact support.</source>
        <translation>クロスマのアプリケーションIDがYahoo!に存在しないものになっています。サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The service&apos;s application ID is not approved for this API: please contact support.</source>
        <translation>クロスマのアプリケーションIDに、このAPIへの接続が許可されていません。サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The store is not allowed to use the order API with the service&apos;s application yet.</source>
        <translation>このストアは、まだクロスマのアプリケーションで注文APIを利用できません。</translation>
    </message>
    <message>
        <source>The application to use the Store API with the service is not approved yet: check it in Store Creator Pro, or ask support. Approval can take a few days.</source>
        <translation>クロスマでのストアAPI利用の申請がまだ承認されていません。ストアクリエイターProで確認するか、サポートにお問い合わせください。承認には数日かかることがあります。</translation>
    </message>
    <message>
        <source>If the store applied again for a certificate or key, API access stops until the new application is approved.</source>
        <translation>証明書・鍵を申請し直した場合は、新しい申請が承認されるまで、新しい証明書・鍵ではAPIを利用できません。</translation>
    </message>
    <message>
        <source>Yahoo! refused the request because it came from an internet address not registered for the API.</source>
        <translation>APIに登録されていないインターネットアドレスからの接続のため、Yahoo!が拒否しました。</translation>
    </message>
    <message>
        <source>This computer&apos;s address is not one of the addresses registered for the service&apos;s application: run the connection test from the registered network, or ask support.</source>
        <translation>このパソコンのアドレスが、クロスマのアプリケーションに登録されたアドレスではありません。登録済みのネットワークから接続テストを行うか、サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>The service&apos;s registered addresses changed: please contact support.</source>
        <translation>クロスマの登録アドレスが変わりました。サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Yahoo! did not accept the public key and version %1.</source>
        <translation>Yahoo!が公開鍵とバージョン %1 を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The version entered is not the バージョン of the key set to 有効 (%1).</source>
        <translation>入力したバージョンが、「有効」にした鍵の「バージョン」と違います（%1）。</translation>
    </message>
    <message>
        <source>The pasted key is not the key of that version: copy it again with コピー.</source>
        <translation>貼り付けた鍵がそのバージョンの鍵ではありません。【コピー】でもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by more than a few minutes: correct the date and time.</source>
        <translation>このパソコンの時計が数分以上ずれています。日付と時刻を正しく設定してください。</translation>
    </message>
    <message>
        <source>Yahoo! did not accept the API certificate for the store %1: it needs a public key now.</source>
        <translation>Yahoo!がストア %1 のAPI証明書を受け付けませんでした。現在は公開鍵が必要です。</translation>
    </message>
    <message>
        <source>Yahoo! ended API certificates on 2023-07-27: issue a public key in %1 and choose the public key method.</source>
        <translation>API証明書は2023年7月27日に終了しました。%1 で公開鍵を発行し、公開鍵認証を選んでください。</translation>
    </message>
    <message>
        <source>The certificate is not the one Yahoo! issued for this store: download the ZIP again.</source>
        <translation>この証明書は、Yahoo!がこのストアに発行したものではありません。ZIPをダウンロードし直してください。</translation>
    </message>
    <message>
        <source>Yahoo! has no active public key for the store %1.</source>
        <translation>ストア %1 には有効な公開鍵がありません。</translation>
    </message>
    <message>
        <source>No public key is issued or none is set to 有効: %1 &gt; 公開鍵発行, then set it to 有効.</source>
        <translation>公開鍵が発行されていないか、「有効」になっていません。%1 &gt; 公開鍵発行 で発行し、「有効」にしてください。</translation>
    </message>
    <message>
        <source>The store account is not the store the key was issued for.</source>
        <translation>ストアアカウントが、鍵を発行したストアと違います。</translation>
    </message>
    <message>
        <source>The login does not include the permissions the service needs.</source>
        <translation>ログインに、クロスマが必要とする権限が含まれていません。</translation>
    </message>
    <message>
        <source>Not every item was agreed to at the login: press ログイン, log in again and agree to all items.</source>
        <translation>ログイン時にすべての項目に同意していません。【Yahoo! JAPAN IDでログイン】を押してもう一度ログインし、すべての項目に同意してください。</translation>
    </message>
    <message>
        <source>The service&apos;s application lacks the scope: please contact support.</source>
        <translation>クロスマのアプリケーションに必要な権限（スコープ）がありません。サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Yahoo! refused the login (the access token is expired or invalid). Press ログイン and log in again.</source>
        <translation>Yahoo!がログインを受け付けませんでした（アクセストークンが期限切れか無効です）。【Yahoo! JAPAN IDでログイン】を押してもう一度ログインしてください。</translation>
    </message>
    <message>
        <source>The login is older than its lifetime (28 days with a public key).</source>
        <translation>ログインの有効期限（公開鍵ありで28日）が過ぎています。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by more than a few minutes.</source>
        <translation>このパソコンの時計が数分以上ずれています。</translation>
    </message>
    <message>
        <source>The Yahoo! JAPAN ID you logged in with does not manage the store account %1.</source>
        <translation>ログインしたYahoo! JAPAN IDは、ストアアカウント %1 を管理していません。</translation>
    </message>
    <message>
        <source>The store account is mistyped: copy it from the top right of the Store Creator Pro top page.</source>
        <translation>ストアアカウントが間違っています。ストアクリエイターProのトップページ右上からコピーしてください。</translation>
    </message>
    <message>
        <source>You logged in with another Yahoo! JAPAN ID: press ログイン and use the ID that manages this store.</source>
        <translation>別のYahoo! JAPAN IDでログインしています。【Yahoo! JAPAN IDでログイン】を押し、このストアを管理しているIDでログインしてください。</translation>
    </message>
    <message>
        <source>Yahoo! did not accept the login for this store (HTTP 401). Press ログイン and log in again.</source>
        <translation>Yahoo!がこのストアへのログインを受け付けませんでした（HTTP 401）。【Yahoo! JAPAN IDでログイン】を押してもう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Yahoo! refused the request (HTTP %1). Check the store account and the key, then try again; if it keeps happening, copy the support information and contact support.</source>
        <translation>Yahoo!がリクエストを拒否しました（HTTP %1）。ストアアカウントと鍵をご確認のうえ、もう一度お試しください。繰り返す場合は、サポート用情報をコピーしてサポートにお問い合わせください。</translation>
    </message>
</context>
<context>
    <name>crossma::YahooExtra</name>
    <message>
        <source>Public key check</source>
        <translation>公開鍵の確認</translation>
    </message>
    <message>
        <source>✓ The public key can be read (%1 %2 bits).</source>
        <translation>✓ 公開鍵を読み取れました（%1 %2ビット）。</translation>
    </message>
</context>
<context>
    <name>crossma::YahooExtraLogin</name>
    <message>
        <source>Yahoo! JAPAN ID login</source>
        <translation>Yahoo! JAPAN IDでのログイン</translation>
    </message>
    <message>
        <source>Log in with Yahoo! JAPAN ID</source>
        <translation>Yahoo! JAPAN IDでログイン</translation>
    </message>
    <message>
        <source>Opens Yahoo!&apos;s login page in your browser. Log in with the ID that manages the store and agree.</source>
        <translation>ブラウザでYahoo!のログイン画面を開きます。ストアを管理しているIDでログインし、同意してください。</translation>
    </message>
    <message>
        <source>Copy the login address</source>
        <translation>ログイン用URLをコピー</translation>
    </message>
    <message>
        <source>If the browser did not open, paste this address into it.</source>
        <translation>ブラウザが開かない場合は、このURLをブラウザに貼り付けてください。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>If the browser shows an error page or does not come back after the login, copy the whole address from its address bar and paste it here.</source>
        <translation>ログイン後にブラウザがエラー画面になったり、このアプリに戻らなかったりした場合は、アドレスバーのURLをすべてコピーしてここに貼り付けてください。</translation>
    </message>
    <message>
        <source>Address after the login</source>
        <translation>ログイン後のURL</translation>
    </message>
    <message>
        <source>https://…?code=…&amp;state=…</source>
        <translation>https://…?code=…&amp;state=…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Not logged in yet.</source>
        <translation>まだログインしていません。</translation>
    </message>
    <message>
        <source>Logged in (%1).</source>
        <translation>ログイン済みです（%1）。</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>ログイン済みです。</translation>
    </message>
    <message>
        <source>The browser could not be opened. Press &quot;Copy the login address&quot; and paste it into your browser.</source>
        <translation>ブラウザを開けませんでした。【ログイン用URLをコピー】を押して、ブラウザに貼り付けてください。</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>ブラウザを開いています…</translation>
    </message>
    <message>
        <source>Logged in (%1). Run the connection test next.</source>
        <translation>ログインしました（%1）。続けて接続テストを行ってください。</translation>
    </message>
    <message>
        <source>This copy of the program has no Yahoo! login application (YConnect) set up, so the login cannot start yet. Ask %1 for a client ID and client secret and enter them in the advanced fields of this page.</source>
        <translation>このアプリには Yahoo! JAPAN ID でのログインに使うアプリケーション（YConnect）が設定されていないため、まだログインできません。%1にクライアントIDとクライアントシークレットをお問い合わせのうえ、このページの詳細設定に入力してください。</translation>
    </message>
    <message>
        <source>support</source>
        <translation>クロスマのサポート</translation>
    </message>
</context>
<context>
    <name>crossma::YahooExtraZip</name>
    <message>
        <source>API certificate ZIP</source>
        <translation>API証明書のZIP</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <source>✓ Read: certificate of %1 (%2), valid until %3 (%4 days left). The private key will be kept only in the password store (keychain).</source>
        <translation>✓ 読み込みました: %1 の証明書（%2）、有効期限 %3（残り %4 日）。秘密鍵はパスワード保管庫（キーチェーン）にだけ保存されます。</translation>
    </message>
    <message>
        <source>Or drop the API certificate ZIP here, as downloaded (no need to unzip it).</source>
        <translation>または、API証明書のZIPファイルをダウンロードしたままここにドロップしてください（解凍は不要です）。</translation>
    </message>
</context>
<context>
    <name>crossma::YahooLogin</name>
    <message>
        <source>The login was not completed in time. Press ログイン to try again.</source>
        <translation>時間内にログインが完了しませんでした。もう一度【Yahoo! JAPAN IDでログイン】を押してください。</translation>
    </message>
    <message>
        <source>This program has no YConnect application configured for the Yahoo! login. Please contact support.</source>
        <translation>このアプリにYahoo!ログイン用のYConnectアプリケーションが設定されていません。サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>ログインしました</translation>
    </message>
    <message>
        <source>The Yahoo! JAPAN ID login is done. Close this page and return to the setup program.</source>
        <translation>Yahoo! JAPAN IDでのログインが完了しました。このページを閉じて、このアプリの画面に戻ってください。</translation>
    </message>
    <message>
        <source>Login not completed</source>
        <translation>ログインは完了していません</translation>
    </message>
    <message>
        <source>This page does not belong to the current login. Return to the setup program and press ログイン again.</source>
        <translation>このページは現在のログインのものではありません。このアプリの画面に戻り、もう一度【Yahoo! JAPAN IDでログイン】を押してください。</translation>
    </message>
    <message>
        <source>Waiting for the login in your browser…</source>
        <translation>ブラウザでのログインを待っています…</translation>
    </message>
    <message>
        <source>Log in in your browser, then paste the address of the page you were sent to.</source>
        <translation>ブラウザでログインし、移動先のページのURLをここに貼り付けてください。</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>ログインを中止しました。</translation>
    </message>
    <message>
        <source>No login is waiting. Press ログイン first.</source>
        <translation>ログインの受付中ではありません。先に【Yahoo! JAPAN IDでログイン】を押してください。</translation>
    </message>
    <message>
        <source>No login code was found in what you pasted. Copy the whole address from your browser&apos;s address bar after logging in.</source>
        <translation>貼り付けた内容にログインのコードが見つかりません。ログイン後、ブラウザのアドレスバーのURLをすべてコピーしてください。</translation>
    </message>
    <message>
        <source>This address belongs to an earlier login attempt. Press ログイン again and paste the new address.</source>
        <translation>このURLは以前のログインのものです。もう一度【Yahoo! JAPAN IDでログイン】を押し、新しいURLを貼り付けてください。</translation>
    </message>
    <message>
        <source>The login or the consent was cancelled in the browser. Press ログイン and agree to link the store.</source>
        <translation>ブラウザでログインまたは同意がキャンセルされました。【Yahoo! JAPAN IDでログイン】を押し、ストアの連携に同意してください。</translation>
    </message>
    <message>
        <source>Yahoo! did not complete the login. Press ログイン to try again.</source>
        <translation>Yahoo!でのログインが完了しませんでした。もう一度【Yahoo! JAPAN IDでログイン】を押してください。</translation>
    </message>
    <message>
        <source>No login code was found.</source>
        <translation>ログインのコードが見つかりません。</translation>
    </message>
    <message>
        <source>Completing the login with Yahoo!…</source>
        <translation>Yahoo!でログインを完了しています…</translation>
    </message>
    <message>
        <source>Yahoo!&apos;s login service answered without a login token. Please try again later.</source>
        <translation>Yahoo!のログインサービスからトークンが返ってきませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Logged in with your Yahoo! JAPAN ID. Run the connection test next.</source>
        <translation>Yahoo! JAPAN IDでログインしました。続けて接続テストを行ってください。</translation>
    </message>
</context>
<context>
    <name>crossma::YahooPublicKey</name>
    <message>
        <source>Copy it again with the コピー button in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 and paste all of it.</source>
        <translation>ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 の【コピー】ボタンでもう一度コピーし、全体を貼り付けてください。</translation>
    </message>
    <message>
        <source>The lines &quot;-----BEGIN PUBLIC KEY-----&quot; and &quot;-----END PUBLIC KEY-----&quot; were missing and have been added. The key itself is complete.</source>
        <translation>「-----BEGIN PUBLIC KEY-----」と「-----END PUBLIC KEY-----」の行が抜けていたため、補いました。鍵の本体は欠けていません。</translation>
    </message>
    <message>
        <source>The line &quot;-----BEGIN PUBLIC KEY-----&quot; was missing and has been added. The key itself is complete.</source>
        <translation>「-----BEGIN PUBLIC KEY-----」の行が抜けていたため、補いました。鍵の本体は欠けていません。</translation>
    </message>
    <message>
        <source>The line &quot;-----END PUBLIC KEY-----&quot; was missing and has been added. The key itself is complete.</source>
        <translation>「-----END PUBLIC KEY-----」の行が抜けていたため、補いました。鍵の本体は欠けていません。</translation>
    </message>
    <message>
        <source>Paste the public key copied from Store Creator Pro &gt; 設定 &gt; 暗号鍵管理.</source>
        <translation>ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 でコピーした公開鍵を貼り付けてください。</translation>
    </message>
    <message>
        <source>This cannot be read as a public key. Paste the text that starts with &quot;-----BEGIN PUBLIC KEY-----&quot; exactly as copied. %1</source>
        <translation>公開鍵として読み取れません。「-----BEGIN PUBLIC KEY-----」で始まる文字列を、コピーしたとおりに貼り付けてください。%1</translation>
    </message>
    <message>
        <source>This is a private key, not the public key. Never paste or send a private key to anyone. Paste the public key from Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 instead.</source>
        <translation>これは秘密鍵で、公開鍵ではありません。秘密鍵は誰にも貼り付けたり送ったりしないでください。代わりに ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 の公開鍵を貼り付けてください。</translation>
    </message>
    <message>
        <source>More than one key was pasted. Paste only the public key that is set to 有効, together with its version.</source>
        <translation>鍵が2つ以上貼り付けられています。「有効」にしている公開鍵を1つだけ貼り付け、そのバージョンを入力してください。</translation>
    </message>
    <message>
        <source>The public key is cut off: only %1 of its %2 bytes are there. %3</source>
        <translation>公開鍵が途中で切れています（%2 バイト中 %1 バイトしかありません）。%3</translation>
    </message>
    <message>
        <source>The public key is cut off: part of it is missing. %1</source>
        <translation>公開鍵が途中で切れていて、一部が欠けています。%1</translation>
    </message>
    <message>
        <source>This public key is not an RSA key (%1). Yahoo!ショッピング issues RSA keys: copy the key from Store Creator Pro &gt; 設定 &gt; 暗号鍵管理.</source>
        <translation>この公開鍵はRSA鍵ではありません（%1）。Yahoo!ショッピングが発行する公開鍵はRSA鍵です。ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 から鍵をコピーしてください。</translation>
    </message>
    <message>
        <source>This RSA key has only %1 bits; at least 2048 are needed. Issue a new key in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 (公開鍵発行).</source>
        <translation>このRSA鍵は%1ビットしかありません。2048ビット以上が必要です。ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 で新しい鍵を発行（公開鍵発行）してください。</translation>
    </message>
    <message>
        <source>Enter the version shown next to the public key in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理.</source>
        <translation>ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 で公開鍵の横に表示されているバージョンを入力してください。</translation>
    </message>
    <message>
        <source>The version is a whole number such as 1 or 2, as shown next to the public key in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理.</source>
        <translation>バージョンは1や2のような整数です。ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理 で公開鍵の横に表示されています。</translation>
    </message>
    <message>
        <source>The request signature could not be made with this public key. Paste the public key again.</source>
        <translation>この公開鍵ではリクエストの署名を作成できませんでした。公開鍵を貼り付け直してください。</translation>
    </message>
</context>
<context>
    <name>crossma::YahooToken</name>
    <message>
        <source>The Yahoo! JAPAN ID login is no longer valid. Press ログイン and log in again with the ID that manages the store.</source>
        <translation>Yahoo! JAPAN IDのログインが無効になっています。【Yahoo! JAPAN IDでログイン】を押し、ストアを管理しているIDでもう一度ログインしてください。</translation>
    </message>
    <message>
        <source>The login is older than its lifetime (28 days with a public key).</source>
        <translation>ログインの有効期限（公開鍵ありで28日）が過ぎています。</translation>
    </message>
    <message>
        <source>The permission given to the service was withdrawn, or the Yahoo! JAPAN ID password was changed.</source>
        <translation>クロスマへの連携の許可が取り消されたか、Yahoo! JAPAN IDのパスワードが変更されました。</translation>
    </message>
    <message>
        <source>The login was made for a different client ID.</source>
        <translation>別のクライアントIDでログインしたものです。</translation>
    </message>
    <message>
        <source>Yahoo! did not accept the service&apos;s application (client ID or client secret).</source>
        <translation>Yahoo!がクロスマのアプリケーション（クライアントIDまたはクライアントシークレット）を受け付けませんでした。</translation>
    </message>
    <message>
        <source>A client ID or client secret under advanced settings is wrong: clear both to use the service&apos;s own.</source>
        <translation>詳細設定のクライアントIDまたはクライアントシークレットが間違っています。両方を空にすると、クロスマ標準の設定が使われます。</translation>
    </message>
    <message>
        <source>The service&apos;s YConnect application was changed: please contact support.</source>
        <translation>クロスマのYConnectアプリケーションが変更されました。サポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Yahoo! is receiving too many requests right now. Wait a minute and try again.</source>
        <translation>Yahoo!へのリクエストが集中しています。1分ほど待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Yahoo!&apos;s login service is having trouble right now (HTTP %1). Please try again later.</source>
        <translation>Yahoo!のログインサービスで障害が起きています（HTTP %1）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Yahoo! refused the login request (HTTP %1). Press ログイン and try again; if it keeps happening, copy the support information and contact support.</source>
        <translation>Yahoo!がログインの要求を拒否しました（HTTP %1）。【Yahoo! JAPAN IDでログイン】からもう一度お試しください。繰り返す場合は、サポート用情報をコピーしてサポートにお問い合わせください。</translation>
    </message>
    <message>
        <source>Yahoo!&apos;s login service answered in a way this program does not understand (HTTP %1). Please try again later.</source>
        <translation>Yahoo!のログインサービスから想定外の応答がありました（HTTP %1）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Yahoo!&apos;s login service did not answer in time. Check your internet connection and try again.</source>
        <translation>Yahoo!のログインサービスから時間内に応答がありませんでした。インターネット接続をご確認のうえ、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation>ログインを中止しました。</translation>
    </message>
    <message>
        <source>The secure connection to Yahoo!&apos;s login service could not be verified, so nothing was sent. Check this computer&apos;s date and time, or ask the administrator of your company&apos;s proxy.</source>
        <translation>Yahoo!のログインサービスとの安全な接続を確認できなかったため、何も送信していません。このパソコンの日付と時刻をご確認いただくか、社内のプロキシの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>Could not connect to Yahoo!&apos;s login service. Check that this computer is online, then try again.</source>
        <translation>Yahoo!のログインサービスに接続できませんでした。このパソコンがインターネットにつながっているかご確認のうえ、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Yahoo!&apos;s login service</source>
        <translation>Yahoo!のログインサービス</translation>
    </message>
</context>
<context>
    <name>crossma::YahooVerifyJob</name>
    <message>
        <source>Yahoo! ended API certificates on 2023-07-27. Switch to the public key (Store Creator Pro &gt; 設定 &gt; 暗号鍵管理) when you can.</source>
        <translation>API証明書は2023年7月27日に終了しました。できるだけ早く公開鍵認証（ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理）に切り替えてください。</translation>
    </message>
    <message>
        <source>Checking the API certificate and its private key…</source>
        <translation>API証明書と秘密鍵を確認しています…</translation>
    </message>
    <message>
        <source>The saved API certificate or its private key cannot be read. Drop the certificate ZIP here again.</source>
        <translation>保存されているAPI証明書または秘密鍵を読み取れません。証明書のZIPファイルをもう一度ドロップしてください。</translation>
    </message>
    <message>
        <source>Reading the API certificate ZIP…</source>
        <translation>API証明書のZIPファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>The private key does not belong to the API certificate.</source>
        <translation>秘密鍵がAPI証明書と対応していません。</translation>
    </message>
    <message>
        <source>The certificate and the key come from different downloads: use the files of one ZIP, downloaded again from 重要なお知らせ in Store Creator Pro.</source>
        <translation>証明書と秘密鍵が別々のダウンロードのものです。ストアクリエイターProの「重要なお知らせ」からZIPをダウンロードし直し、同じZIPのファイルを使ってください。</translation>
    </message>
    <message>
        <source>The API certificate expired on %1. API certificates are valid for one year and Yahoo! no longer issues them: switch to the public key.</source>
        <translation>API証明書の有効期限は %1 に切れました。API証明書の有効期間は1年で、現在は発行されていません。公開鍵認証に切り替えてください。</translation>
    </message>
    <message>
        <source>The API certificate is only valid from %1. Check this computer&apos;s date and time.</source>
        <translation>このAPI証明書は %1 から有効になります。このパソコンの日付と時刻をご確認ください。</translation>
    </message>
    <message>
        <source>This API certificate is for another store account (%1), not for %2. Check the store account, or use the ZIP of this store.</source>
        <translation>このAPI証明書は別のストアアカウント（%1）のもので、%2 のものではありません。ストアアカウントをご確認いただくか、このストアのZIPを使ってください。</translation>
    </message>
    <message>
        <source>The API certificate or its private key cannot be used for the connection. Download the ZIP again.</source>
        <translation>API証明書または秘密鍵を接続に使えません。ZIPをダウンロードし直してください。</translation>
    </message>
    <message>
        <source>The Yahoo! JAPAN ID login expires on %1 (%2 days left). Log in again before then, or Yahoo! orders stop reaching the service.</source>
        <translation>Yahoo! JAPAN IDのログインの有効期限は %1 です（残り %2 日）。期限までにもう一度ログインしないと、Yahoo!の注文がクロスマに届かなくなります。</translation>
    </message>
    <message>
        <source>Connecting to Yahoo! and renewing the login…</source>
        <translation>Yahoo!に接続し、ログインを更新しています…</translation>
    </message>
    <message>
        <source>no access_token in the token answer</source>
        <translation>ログインの応答にアクセストークンがありません</translation>
    </message>
    <message>
        <source>The public key cannot be used: %1</source>
        <translation>この公開鍵は使えません: %1</translation>
    </message>
    <message>
        <source>Checking the store&apos;s API access with Yahoo!…</source>
        <translation>Yahoo!でストアのAPI利用を確認しています…</translation>
    </message>
    <message>
        <source>Yahoo! no longer accepts API certificates (ended 2023-07-27): switch to the public key.</source>
        <translation>Yahoo!はAPI証明書を受け付けなくなりました（2023年7月27日に終了）。公開鍵認証に切り替えてください。</translation>
    </message>
    <message>
        <source>Yahoo! is receiving too many requests right now. Wait a minute and run the connection test again.</source>
        <translation>Yahoo!へのリクエストが集中しています。1分ほど待ってから、もう一度接続テストを行ってください。</translation>
    </message>
    <message>
        <source>Yahoo! answered, but did not confirm the store&apos;s authentication (X-SWS-Authorize-Status is not authorized).</source>
        <translation>Yahoo!から応答はありましたが、ストアの認証が確認されませんでした。</translation>
    </message>
    <message>
        <source>The public key is not set to 有効 in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理.</source>
        <translation>ストアクリエイターPro &gt; 設定 &gt; 暗号鍵管理で、公開鍵が「有効」になっていません。</translation>
    </message>
    <message>
        <source>The version entered is not the version of the pasted key.</source>
        <translation>入力したバージョンが、貼り付けた鍵のバージョンと違います。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by more than a few minutes.</source>
        <translation>このパソコンの時計が数分以上ずれています。</translation>
    </message>
    <message>
        <source>Connected to Yahoo! Shopping as store %1.</source>
        <translation>Yahoo!ショッピングにストア %1 として接続できました。</translation>
    </message>
    <message>
        <source>Login valid until %1 (%2 days left).</source>
        <translation>ログインの有効期限: %1（残り %2 日）。</translation>
    </message>
    <message>
        <source>API certificate valid until %1 (%2 days left).</source>
        <translation>API証明書の有効期限: %1（残り %2 日）。</translation>
    </message>
    <message>
        <source>the order count answer is not XML</source>
        <translation>注文件数の応答がXMLではありません</translation>
    </message>
</context>
<context>
    <name>crossma::sandbox::AmazonFake</name>
    <message>
        <source>Correct values</source>
        <translation>正しい値</translation>
    </message>
    <message>
        <source>Connected: Amazon.co.jp</source>
        <translation>接続できました: Amazon.co.jp</translation>
    </message>
    <message>
        <source>Some listings suspended</source>
        <translation>一部の出品が停止中</translation>
    </message>
    <message>
        <source>Connected, with a warning about suspended listings</source>
        <translation>接続できました（停止中の出品についての注意あり）</translation>
    </message>
    <message>
        <source>Wrong client secret</source>
        <translation>誤ったクライアントシークレット</translation>
    </message>
    <message>
        <source>Not connected: client ID or secret rejected (invalid_client)</source>
        <translation>接続できませんでした: クライアントIDまたはシークレットの誤り (invalid_client)</translation>
    </message>
    <message>
        <source>Revoked refresh token</source>
        <translation>取り消されたリフレッシュトークン</translation>
    </message>
    <message>
        <source>Not connected: authorise the app again (invalid_grant)</source>
        <translation>接続できませんでした: アプリの再認可が必要 (invalid_grant)</translation>
    </message>
    <message>
        <source>App not authorised for this seller</source>
        <translation>この出品者で認可されていないアプリ</translation>
    </message>
    <message>
        <source>Not connected: access denied (403 Unauthorized)</source>
        <translation>接続できませんでした: アクセス拒否 (403 Unauthorized)</translation>
    </message>
    <message>
        <source>Seller only on Amazon.com.au</source>
        <translation>Amazon.com.au だけに登録された出品者</translation>
    </message>
    <message>
        <source>Not connected: not registered at Amazon.co.jp</source>
        <translation>接続できませんでした: Amazon.co.jp に未登録</translation>
    </message>
    <message>
        <source>Registered but not selling</source>
        <translation>登録済みだが出品停止中</translation>
    </message>
    <message>
        <source>Not connected: not selling at Amazon.co.jp</source>
        <translation>接続できませんでした: Amazon.co.jp で出品できない状態</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエストが多すぎる</translation>
    </message>
    <message>
        <source>No verdict: wait a minute (429)</source>
        <translation>判定できません: 1分待って再試行 (429)</translation>
    </message>
    <message>
        <source>Amazon does not answer</source>
        <translation>Amazonが応答しない</translation>
    </message>
    <message>
        <source>No verdict: timed out</source>
        <translation>判定できません: 時間切れ</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>読み取れない応答</translation>
    </message>
    <message>
        <source>No verdict: an answer this program does not understand</source>
        <translation>判定できません: 理解できない応答</translation>
    </message>
    <message>
        <source>Amazon has trouble</source>
        <translation>Amazonの障害</translation>
    </message>
    <message>
        <source>No verdict: Amazon&apos;s service error (503)</source>
        <translation>判定できません: Amazon側のエラー (503)</translation>
    </message>
</context>
<context>
    <name>crossma::sandbox::AupayFake</name>
    <message>
        <source>Correct member number and API key</source>
        <translation>正しい会員番号とAPIキー</translation>
    </message>
    <message>
        <source>Connected, with the key&apos;s expiry date (90 days)</source>
        <translation>接続できました。APIキーの有効期限（90日）を表示します</translation>
    </message>
    <message>
        <source>Wrong member number (CME0022)</source>
        <translation>会員番号の間違い（CME0022）</translation>
    </message>
    <message>
        <source>Refused; a wrong member number is named first</source>
        <translation>接続できませんでした。原因の最初に会員番号の間違いを挙げます</translation>
    </message>
    <message>
        <source>Mistyped API key</source>
        <translation>APIキーの入力間違い</translation>
    </message>
    <message>
        <source>Refused; the likely causes are listed</source>
        <translation>接続できませんでした。考えられる原因を表示します</translation>
    </message>
    <message>
        <source>API key older than 90 days</source>
        <translation>発行から90日を過ぎたAPIキー</translation>
    </message>
    <message>
        <source>Refused; the mall&apos;s code and message are quoted</source>
        <translation>接続できませんでした。モールのエラーコードとメッセージをそのまま表示します</translation>
    </message>
    <message>
        <source>Source address not registered</source>
        <translation>接続元IPアドレスが未登録</translation>
    </message>
    <message>
        <source>Refused; registering the addresses is among the causes</source>
        <translation>接続できませんでした。原因にアドレスの登録を挙げます</translation>
    </message>
    <message>
        <source>HTTP 401 without details</source>
        <translation>詳細なしのHTTP 401</translation>
    </message>
    <message>
        <source>Refused: the API key was not accepted</source>
        <translation>接続できませんでした。APIキーが受け付けられませんでした</translation>
    </message>
    <message>
        <source>HTTP 403 error page</source>
        <translation>HTTP 403 のエラーページ</translation>
    </message>
    <message>
        <source>Refused: the source address is probably not registered</source>
        <translation>接続できませんでした。接続元IPアドレスが未登録の可能性が高いです</translation>
    </message>
    <message>
        <source>Broken XML answer</source>
        <translation>壊れたXMLの応答</translation>
    </message>
    <message>
        <source>No verdict: the answer could not be read</source>
        <translation>判定できません。応答を読み取れませんでした</translation>
    </message>
    <message>
        <source>Maintenance page instead of the API</source>
        <translation>APIの代わりにメンテナンス画面</translation>
    </message>
    <message>
        <source>No verdict: a web page came back</source>
        <translation>判定できません。Webページが返されました</translation>
    </message>
    <message>
        <source>Mall server error (503)</source>
        <translation>モールのサーバーエラー（503）</translation>
    </message>
    <message>
        <source>No verdict: try again later</source>
        <translation>判定できません。時間をおいて再度お試しください</translation>
    </message>
    <message>
        <source>No answer at all</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>No verdict after the time limit</source>
        <translation>制限時間を過ぎると判定できない旨を表示します</translation>
    </message>
</context>
<context>
    <name>crossma::sandbox::RakutenFake</name>
    <message>
        <source>Connects</source>
        <translation>接続できる</translation>
    </message>
    <message>
        <source>Connected; the license key has 41 days left</source>
        <translation>接続できました。ライセンスキーは残り41日</translation>
    </message>
    <message>
        <source>License key expires soon</source>
        <translation>ライセンスキーの期限が近い</translation>
    </message>
    <message>
        <source>Connected with a warning: 9 days left</source>
        <translation>接続できました（注意: 残り9日）</translation>
    </message>
    <message>
        <source>Wrong license key</source>
        <translation>ライセンスキーの誤り</translation>
    </message>
    <message>
        <source>Rejected: the three likely causes are listed</source>
        <translation>接続できません。考えられる3つの原因を表示</translation>
    </message>
    <message>
        <source>Expired license key</source>
        <translation>ライセンスキーの期限切れ</translation>
    </message>
    <message>
        <source>Rejected: GA0001, the key has expired</source>
        <translation>接続できません。GA0001（期限切れ）</translation>
    </message>
    <message>
        <source>Functions not enabled</source>
        <translation>利用機能が未設定</translation>
    </message>
    <message>
        <source>Rejected: the API functions are not enabled</source>
        <translation>接続できません。利用機能編集が必要</translation>
    </message>
    <message>
        <source>Another shop&apos;s keys</source>
        <translation>別の店舗のキー</translation>
    </message>
    <message>
        <source>Rejected: the keys belong to another shop</source>
        <translation>接続できません。キーが別の店舗のもの</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>リクエスト過多</translation>
    </message>
    <message>
        <source>No verdict: QPSLimit, try again in a minute</source>
        <translation>判定できません。QPSLimit（1分後に再試行）</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>No verdict: the connection test times out</source>
        <translation>判定できません。時間切れ</translation>
    </message>
    <message>
        <source>Maintenance page</source>
        <translation>メンテナンス画面</translation>
    </message>
    <message>
        <source>No verdict: an answer that cannot be read</source>
        <translation>判定できません。読み取れない応答</translation>
    </message>
    <message>
        <source>Service down</source>
        <translation>サービス停止中</translation>
    </message>
    <message>
        <source>No verdict: HTTP 503</source>
        <translation>判定できません。HTTP 503</translation>
    </message>
</context>
<context>
    <name>crossma::sandbox::Server</name>
    <message>
        <source>The sandbox could not make its test certificates.</source>
        <translation>サンドボックス用のテスト証明書を作成できませんでした。</translation>
    </message>
    <message>
        <source>The sandbox could not open a port on 127.0.0.1: %1</source>
        <translation>サンドボックスが 127.0.0.1 のポートを開けませんでした: %1</translation>
    </message>
</context>
<context>
    <name>crossma::sandbox::YahooFake</name>
    <message>
        <source>Public key, correct</source>
        <translation>公開鍵（正しい）</translation>
    </message>
    <message>
        <source>Connected; the login&apos;s expiry date is shown.</source>
        <translation>接続できました。ログインの有効期限が表示されます。</translation>
    </message>
    <message>
        <source>Wrong public key version</source>
        <translation>公開鍵のバージョン違い</translation>
    </message>
    <message>
        <source>KEY_VERSION_WRONG: the version does not match the key.</source>
        <translation>KEY_VERSION_WRONG: バージョンが鍵と合いません。</translation>
    </message>
    <message>
        <source>No active public key</source>
        <translation>有効な公開鍵なし</translation>
    </message>
    <message>
        <source>PUBLIC_KEY_MISSING: issue a key and set it to 有効.</source>
        <translation>PUBLIC_KEY_MISSING: 鍵を発行して「有効」にします。</translation>
    </message>
    <message>
        <source>Order API not approved</source>
        <translation>注文APIが未承認</translation>
    </message>
    <message>
        <source>PERMISSION_MISSING (px-04303).</source>
        <translation>PERMISSION_MISSING（px-04303）。</translation>
    </message>
    <message>
        <source>Address not registered</source>
        <translation>アドレス未登録</translation>
    </message>
    <message>
        <source>IP_NOT_ALLOWED (px-04306).</source>
        <translation>IP_NOT_ALLOWED（px-04306）。</translation>
    </message>
    <message>
        <source>Login lacks a permission</source>
        <translation>ログインの権限不足</translation>
    </message>
    <message>
        <source>INSUFFICIENT_SCOPE: log in again and agree to all items.</source>
        <translation>INSUFFICIENT_SCOPE: もう一度ログインし、すべての項目に同意します。</translation>
    </message>
    <message>
        <source>Access token expired</source>
        <translation>アクセストークン期限切れ</translation>
    </message>
    <message>
        <source>LOGIN_REQUIRED: log in again.</source>
        <translation>LOGIN_REQUIRED: もう一度ログインします。</translation>
    </message>
    <message>
        <source>Login revoked</source>
        <translation>ログインの取り消し</translation>
    </message>
    <message>
        <source>LOGIN_REQUIRED (invalid_grant): log in again.</source>
        <translation>LOGIN_REQUIRED（invalid_grant）: もう一度ログインします。</translation>
    </message>
    <message>
        <source>Another store&apos;s account</source>
        <translation>別のストアのアカウント</translation>
    </message>
    <message>
        <source>STORE_MISMATCH: the login does not manage this store.</source>
        <translation>STORE_MISMATCH: ログインしたIDはこのストアを管理していません。</translation>
    </message>
    <message>
        <source>Wrong client secret</source>
        <translation>誤ったシークレット</translation>
    </message>
    <message>
        <source>AUTH_REJECTED (invalid_client).</source>
        <translation>AUTH_REJECTED（invalid_client）。</translation>
    </message>
    <message>
        <source>Authentication not confirmed</source>
        <translation>認証が確認されない</translation>
    </message>
    <message>
        <source>AUTH_REJECTED: X-SWS-Authorize-Status is not authorized.</source>
        <translation>AUTH_REJECTED: X-SWS-Authorize-Status が authorized ではありません。</translation>
    </message>
    <message>
        <source>Yahoo! does not answer</source>
        <translation>Yahoo!が応答しない</translation>
    </message>
    <message>
        <source>TIMEOUT after the time limit.</source>
        <translation>TIMEOUT: 制限時間を過ぎます。</translation>
    </message>
    <message>
        <source>Maintenance page</source>
        <translation>メンテナンス画面</translation>
    </message>
    <message>
        <source>BAD_RESPONSE: an HTML page instead of XML.</source>
        <translation>BAD_RESPONSE: XMLではなくHTMLのページが返ります。</translation>
    </message>
    <message>
        <source>Yahoo! is down</source>
        <translation>Yahoo!の障害</translation>
    </message>
    <message>
        <source>SERVICE_ERROR (HTTP 503).</source>
        <translation>SERVICE_ERROR（HTTP 503）。</translation>
    </message>
    <message>
        <source>API certificate (old method), correct</source>
        <translation>API証明書（旧方式・正しい）</translation>
    </message>
    <message>
        <source>Connected, with a warning that certificates ended.</source>
        <translation>接続できました。証明書の終了についての注意が表示されます。</translation>
    </message>
    <message>
        <source>API certificate expired</source>
        <translation>API証明書の期限切れ</translation>
    </message>
    <message>
        <source>CERT_EXPIRED, without contacting Yahoo!.</source>
        <translation>CERT_EXPIRED（Yahoo!には接続しません）。</translation>
    </message>
    <message>
        <source>Key of another certificate</source>
        <translation>別の証明書の秘密鍵</translation>
    </message>
    <message>
        <source>CERT_KEY_MISMATCH, without contacting Yahoo!.</source>
        <translation>CERT_KEY_MISMATCH（Yahoo!には接続しません）。</translation>
    </message>
</context>
<context>
    <name>crossma::PasteAssist</name>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Puts the copied value into the field it fits. Ctrl+V does the same when no field is selected.</source>
        <translation>コピーした値を、形の合う欄に入力します。欄を選んでいないときにキーボードで貼り付けても同じです。</translation>
    </message>
    <message>
        <source>Copy a value in the mall&apos;s screen and paste it here: it goes into the field it fits.</source>
        <translation>モールの画面でコピーした値をここで貼り付けると、形の合う欄に入ります。</translation>
    </message>
    <message>
        <source>Suggest copied values</source>
        <translation>コピーした値を提案する</translation>
    </message>
    <message>
        <source>Not available in screen-share mode.</source>
        <translation>画面共有モードでは使えません。</translation>
    </message>
    <message>
        <source>When you come back from the browser, offers the value you copied there. Never in screen-share mode.</source>
        <translation>ブラウザから戻ったとき、そこでコピーした値の入力を提案します。画面共有モードでは提案しません。</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the value in the mall&apos;s screen first.</source>
        <translation>クリップボードに文字がありません。先にモールの画面で値をコピーしてください。</translation>
    </message>
    <message>
        <source>Wait until the connection test has finished.</source>
        <translation>接続テストが終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>This value could be for more than one field. Which field is it for?</source>
        <translation>この値は複数の欄に当てはまります。どの欄に入力しますか？</translation>
    </message>
    <message>
        <source>The shape of this value fits no field. Which field is it for?</source>
        <translation>この値の形に合う欄が見つかりません。どの欄に入力しますか？</translation>
    </message>
    <message>
        <source>Entered in the %1 field</source>
        <translation>%1欄に入力しました</translation>
    </message>
    <message>
        <source>Into %1</source>
        <translation>%1に入力</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>%2の%1</translation>
    </message>
    <message>
        <source>This looks like %1. Enter it on that mall&apos;s page.</source>
        <translation>これは%1のようです。そのモールのページで入力してください。</translation>
    </message>
    <message>
        <source> or </source>
        <translation>、または</translation>
    </message>
    <message>
        <source>This looks like the %1. Enter it there?</source>
        <translation>これは%1のようです。そちらに入力しますか？</translation>
    </message>
    <message>
        <source>Enter it there</source>
        <translation>そちらに入力する</translation>
    </message>
    <message>
        <source>Leave it here</source>
        <translation>このままにする</translation>
    </message>
    <message>
        <source>Take it out again</source>
        <translation>入力を取り消す</translation>
    </message>
    <message>
        <source>Enter the %1 you copied (%2)?</source>
        <translation>コピーした%1（%2）を入力しますか？</translation>
    </message>
    <message>
        <source>Enter it</source>
        <translation>入力する</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
</context>
</TS>
