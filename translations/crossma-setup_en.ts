<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::AmazonConnector</name>
    <message>
        <source>Amazon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon settings (formerly MWS settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon retired MWS in 2024; the Selling Partner API (SP-API) took its place, so enter the values of your own SP-API app here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller ID (merchant ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A1B2C3D4E5F6G7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller Central &gt; Settings &gt; Account Info &gt; Your Merchant Token. Capital letters and digits, starting with A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LWA client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller Central &gt; Apps and Services &gt; Develop Apps &gt; LWA credentials &gt; View: the client identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LWA client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown under the client ID in LWA credentials &gt; View: the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once when you authorise your app in Develop Apps (Authorize &gt; Generate refresh token). It starts with Atzr|.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Amazon store you sell in. Almost every seller uses Amazon.co.jp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon.co.jp (Japan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon.com.au (Australia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon.sg (Singapore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register as a developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller Central &gt; Apps and Services &gt; Develop Apps &gt; Developer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Seller Central as the account&apos;s primary user: only the primary user can register. Fill in the developer profile as a private developer (you develop only for your own business) and submit it. Amazon reviews the profile before you can create an app; the review can take a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a private app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller Central &gt; Apps and Services &gt; Develop Apps &gt; Add new app client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose SP API as the API type and select the roles the service needs (product listing, pricing, inventory and order tracking). The app is only for your own account (self-authorised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorise the app to get the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller Central &gt; Apps and Services &gt; Develop Apps &gt; Edit App (arrow) &gt; Authorize &gt; Authorize app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After Authorize app the refresh token is shown once. Copy the whole refresh token (it starts with Atzr|) and paste it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the LWA client ID and client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller Central &gt; Apps and Services &gt; Develop Apps &gt; LWA credentials &gt; View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID starts with amzn1.application-oa2-client. and the client secret with amzn1.oa2-cs.v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your seller ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller Central &gt; Settings &gt; Account Info &gt; Your Merchant Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant token is your seller ID (capital letters and digits, starting with A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If these values are wrong, the service cannot fetch product information from Amazon. Please check them carefully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old MWS values (AWS access key ID, MWS auth token amzn.mws.…) no longer work. The refresh token does not expire unless you remove the app&apos;s authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the LWA client ID (it starts with amzn1.application-oa2-client.), not the %1. Paste it into the LWA client ID field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the LWA client secret (it starts with amzn1.oa2-cs.v1.), not the %1. Paste it into the LWA client secret field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the refresh token (it starts with Atzr|), not the %1. Paste it into the refresh token field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a temporary access token (it starts with Atza|), not the %1. Access tokens only work for one hour; the refresh token starts with Atzr|.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an MWS auth token (amzn.mws.…). Amazon shut MWS down in 2024 and these no longer work: create an SP-API app as described in ① and enter its %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an AWS access key ID from the MWS days. SP-API no longer needs it: enter the %1 of your SP-API app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a marketplace ID (the ID of an Amazon store such as Amazon.co.jp), not the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller ID contains a space. It is one word of capital letters and digits (like A1B2C3D4E5F6G7): remove the space or copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a marketplace ID (the ID of an Amazon store such as Amazon.co.jp), not your seller ID. Your seller ID is shown as Your Merchant Token in Seller Central &gt; Settings &gt; Account Info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller ID contains small letters, but it is written in capital letters only (like A1B2C3D4E5F6G7). Copy it again from Your Merchant Token instead of typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller ID can only contain capital letters A-Z and digits 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seller ID starts with the letter A. Check that you copied Your Merchant Token and not another number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller ID is %1 characters long, but seller IDs have about 13 to 14. Check that it was copied completely and nothing else came with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID and the client secret are swapped: the client ID starts with amzn1.application-oa2-client. and the client secret with amzn1.oa2-cs.v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LWA client ID starts with amzn1.application-oa2-client. Copy it from Develop Apps &gt; LWA credentials &gt; View.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the start of the client ID exactly as amzn1.application-oa2-client. in small letters. Copying it is safer than typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After amzn1.application-oa2-client. the client ID has %1 characters, but it should have %2. Copy it again completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After amzn1.application-oa2-client. the client ID only has the digits 0-9 and the letters a-f. Copy it again instead of typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret without the amzn1.oa2-cs.v1. prefix has %1 characters 0-9 and a-f, but this one has %2. Copy it again completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LWA client secret starts with amzn1.oa2-cs.v1. Copy it from Develop Apps &gt; LWA credentials &gt; View.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the start of the client secret exactly as amzn1.oa2-cs.v1. in small letters. Copying it is safer than typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After amzn1.oa2-cs.v1. the client secret has %1 characters, but it should have %2. Copy it again completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After amzn1.oa2-cs.v1. the client secret only has the digits 0-9 and the letters a-f. Copy it again instead of typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The | after Atzr was copied as %7C (from an address bar). Copy the refresh token from the screen of Seller Central instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh token starts with Atzr|. Copy it whole from Develop Apps &gt; Authorize &gt; Generate refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token must start with Atzr| exactly (capital A, then small letters). Copy it instead of typing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token contains a space, but it is one unbroken line. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token contains characters that cannot be part of it (for example Japanese or full-width characters). Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token is only %1 characters long; real ones are much longer. It was probably cut off: copy it again completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the marketplace from the list. This program works with Amazon.co.jp, Amazon.com.au and Amazon.sg.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::AmazonErrors</name>
    <message>
        <source>Amazon allows this check only about once a minute. Wait a minute, then run the connection test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or security software on your network changed the request on its way to Amazon: try another network, or ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon changed what it expects from this program: update this program, or copy the support information and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon did not accept the request itself (HTTP %1), so your values were not judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon&apos;s sign-in service is having trouble right now (HTTP %1). Your values were not judged; please try the connection test again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon did not accept the refresh token. Authorise the app again and enter the new refresh token: Seller Central &gt; Apps and Services &gt; Develop Apps &gt; Authorize &gt; Generate refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s authorisation was removed, or the token was copied incompletely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token belongs to a different app than this client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon did not accept the LWA client ID or client secret. Copy both again from Seller Central &gt; Apps and Services &gt; Develop Apps &gt; LWA credentials &gt; View.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was copied incompletely, or from a different app than the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret has expired or was renewed: Amazon requires renewing it regularly. Use the current one shown in LWA credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon does not let this client ID sign in with a refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID belongs to another kind of app (for example a Login with Amazon security profile): copy the LWA client ID of the SP-API app from Seller Central &gt; Apps and Services &gt; Develop Apps &gt; LWA credentials &gt; View.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not registered for SP-API, or its registration is still under review: check its status in Develop Apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon found a value missing or malformed in the sign-in request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value was copied with a line break or with only part of it: copy the client ID, the client secret and the refresh token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon refused to sign in with these values (HTTP %1). Check the client ID, the client secret and the refresh token in Seller Central &gt; Apps and Services &gt; Develop Apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon is having trouble right now (HTTP %1). Your values were not judged; please try the connection test again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon accepted the app&apos;s credentials, but refused access to your seller account (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not authorised for this seller account: authorise it in Seller Central &gt; Apps and Services &gt; Develop Apps &gt; Authorize, signed in as this seller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app or your developer profile lacks a role the service needs: check the roles in Develop Apps &gt; Edit app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was authorised in another Amazon region (for example the US or Europe). This program uses the Far East region (Japan, Australia, Singapore).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::AmazonVerifyJob</name>
    <message>
        <source>Signing in to Amazon with your app&apos;s credentials (LWA)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Amazon which marketplaces your seller account sells in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your seller account is registered at %1 but is not selling there at the moment (isParticipating: false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seller registration for %1 is not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling on your account is restricted or deactivated: check Seller Central &gt; Performance &gt; Account Health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (seller ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your listings on %1 are suspended. They are not updated until you fix them in Seller Central &gt; Inventory &gt; Manage Inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your seller account is not registered at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your seller account is not registered at %1; Amazon only lists: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different marketplace was chosen above than the one you sell in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was authorised while signed in to a different seller account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access token in Amazon&apos;s sign-in answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no marketplace list in Amazon&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::AupayAddressList</name>
    <message>
        <source>The list of addresses to register could not be read. Please copy the support information and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses to register in &lt;2.接続元IPアドレス&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Wow!manager &gt; API利用申請 &gt; APIキーの発行はこちら &gt; &lt;2.接続元IPアドレス&gt;, enter each address exactly as shown (including &quot;/28&quot;), then press 登録.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied all %1 addresses, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test on this page is sent from this computer. For it to pass from here, also register this computer&apos;s internet (global) IP address in &lt;2.接続元IPアドレス&gt;. To find it, search the web for 「IPアドレス 確認」 in this computer&apos;s browser, or ask whoever manages your network. After the test, remove that address from the list again unless it is one of クロスマ&apos;s addresses above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::AupayConnector</name>
    <message>
        <source>au PAY Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au PAY Market settings (formerly Wowma!)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for API use in Wow!manager, issue an API key, register the source addresses below, then enter your member number and the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number (shop ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the top left of Wow!manager after you log in. Digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 half-width letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wow!manager &gt; 各種申し込み &gt; API利用申請 &gt; APIキーの発行はこちら &gt; &lt;1.APIキーを発行&gt;. It is valid for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for ペイジェント (au PAY Market payment service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for credit-card and other payments in your store. The review usually takes up to about 4 weeks. Skip this if your store already passed the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create at least 1 item page in every planned category, 6 or more in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ペイジェント review looks at these pages, so create them before you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your licence details if you sell second-hand goods, alcohol or medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>古物・酒類・医薬品 and similar goods need their licence information in the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the paper documents for the ペイジェント review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review needs documents such as a certified copy of the company register and stamped application forms sent by post. クロスマ cannot do this for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy your member number (会員番号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wow!manager &gt; top left of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Wow!manager; the member number is shown at the top left. Paste it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for API use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wow!manager &gt; トップページ &gt; メニュー &gt; 各種申し込み &gt; API利用申請 &gt; 申請</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press 【申請】 below the terms of use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue an API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API利用申請 &gt; 「APIキーの発行はこちら」 &gt; &lt;1.APIキーを発行&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the API key shown there and paste it below. It is valid for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the source IP addresses, then press 登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API利用設定 &gt; &lt;2.接続元IPアドレス&gt; &gt; 登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter every address listed below. Without them the service cannot use the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the Wow!manager login ID and password you gave when you signed up, クロスマ does the initial setup for you. With store setup: payment method description and returns policy, shipping day and delivery date/time settings, mail settings and the API use application. Without store setup: mail settings and the API use application only. Store sign images and headers are not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login information you gave is kept strictly and discarded after the initial setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the initial setup is done, you receive the mail 【クロスマau PAY マーケット版】 ご利用開始のご案内. If your store already passed the ペイジェント review, you can skip the ペイジェント steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the ペイジェント review passes, card and other payments do not work in your store: start selling on au PAY Market only after the review has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys are valid for 90 days. Issue a new one in Wow!manager before it expires and enter it here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a login ID or mail address. Enter the member number (digits) shown at the top left of Wow!manager instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member number can only contain half-width digits (0-9). Copy it again from the top left of Wow!manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member number has %1 digits, but it has at most %2. Check that nothing else was copied with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains a space. Copy it again from &lt;1.APIキーを発行&gt; in Wow!manager, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the member number, not the API key. The API key is the long string shown in &lt;1.APIキーを発行&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key can only contain half-width letters and digits. Copy it again from &lt;1.APIキーを発行&gt; in Wow!manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is only %1 characters long; it was probably not copied completely. Copy all of it from &lt;1.APIキーを発行&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new API key in Wow!manager (各種申し込み &gt; API利用申請 &gt; APIキーの発行), then enter it with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::AupayErrors</name>
    <message>
        <source>The member number is wrong, or the API key belongs to another shop: copy the member number again from the top left of Wow!manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is wrong or incomplete: copy it again from Wow!manager &gt; 各種申し込み &gt; API利用申請 &gt; APIキーの発行はこちら &gt; &lt;1.APIキーを発行&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is older than 90 days and has expired: issue a new one in &lt;1.APIキーを発行&gt; and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s internet address, or the service&apos;s addresses listed on this page, are not registered in &lt;2.接続元IPアドレス&gt;. The connection test runs from this computer, so its address must be registered too; press 登録 after adding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au PAY Market did not accept these values (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au PAY Market refused the connection from this computer&apos;s internet address (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::AupayVerifyJob</name>
    <message>
        <source>Connecting to au PAY Market and checking the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au PAY Market refused the connection from this computer (HTTP 403). Usually the source address is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au PAY Market did not accept the API key (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to au PAY Market (member number %1). The API key is valid until about %2 (%3 days left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By our count the API key is more than 90 days old, yet au PAY Market still accepts it. Issue a new key soon in &lt;1.APIキーを発行&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key expires in about %1 days (%2). Issue a new one in Wow!manager &gt; API利用申請 &gt; &lt;1.APIキーを発行&gt; before then, or au PAY Market orders stop reaching the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au PAY Market is receiving too many requests right now. Wait a minute and run the connection test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au PAY Market answered with a web page instead of an API answer (HTTP %1). It may be under maintenance, or a proxy on your network may be in the way. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::AupayWelcomeNote</name>
    <message>
        <source>Addresses to register in &lt;2.接続元IPアドレス&gt;: %1 (each with a Copy button on the au PAY マーケット page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::CloseWhileSaving</name>
    <message>
        <source>Saving… This window closes by itself as soon as the password vault (keychain) has answered. If a window asks for your keychain password, enter it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::CommandLine</name>
    <message>
        <source>Language of the messages: ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in sandbox malls, with their own keychain entries and settings; real credentials are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the mall API addresses (and an extra trusted CA) from a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in screen-share mode: secrets stay masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links your shop&apos;s mall accounts to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command the setup wizard opens. Commands:
  verify  run the connection test of one mall
  status  show which malls are linked and what expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the connection test of one mall and prints the result. Exit codes: 0 connected, 1 rejected by the mall, 2 wrong input or usage, 3 no answer (network, TLS, timeout, mall error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the connection test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object of the mall&apos;s field values; &quot;-&quot; reads standard input. Without it the saved values are tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify takes no other arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the mall to test with --mall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--credentials needs a file name, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows which malls are linked, when they were last tested and what expires. Reads the settings only; never shows a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes no other arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command. Use verify or status, or no command for the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --endpoints cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0 and at most 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window or command of this app is changing the same settings right now, so this command cannot record its result. Finish or close the other one, then try again. (Lock file: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mall: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another command of this app is changing the same settings right now. Wait until it has finished, then start this app again. (Lock file: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings of this mall (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show a desktop notification for each expiry within its warning days, at most once a day each (the daily check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edit takes one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::Connector</name>
    <message>
        <source>Please enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is %2 characters long, but it can be at most %3. Check that nothing else was copied with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 can only contain the digits 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::CredentialStore</name>
    <message>
        <source>Nothing is saved for this mall yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password vault (keychain) is available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux, install and start GNOME Keyring (or KWallet), sign in to the desktop again, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password vault (keychain) is locked or refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the keychain (on Linux, the &quot;Login&quot; keyring; a window may ask for your login password), allow access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password vault (keychain) did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a window asks for your keychain password, enter it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password vault (keychain) reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again. If it keeps failing, send the support information to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved; what was saved before is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved values could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>sentence joiner: what happened, consequence, what to do</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk is not full and that you may write to %1, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password vault (keychain) may already hold the change; it is completed the next time this app can write its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the password vault (keychain) to answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known yet whether the new values were saved: they may still be saved when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved values could not be read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known yet whether the link was removed: it may still be removed when it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a window asks for your keychain password, enter it. Then check the saved values again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password vault (keychain) has not yet answered an earlier request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was not started; nothing was changed by it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::CredentialsFile</name>
    <message>
        <source>The credentials file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are not a JSON object of field names (%1). Use for example {&quot;%2&quot;: &quot;…&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The credentials hold %n name(s) that are not fields of %1. The fields are: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crossma::DailyCheck</name>
    <message>
        <source>crossma-setup: expiry check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminds you of keys that expire soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::Diagnostics</name>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available (no password store service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked or access refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support information (crossma-setup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password store (keychain): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last check: %1, result code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra trusted CA: %1 (SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support information could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1 (all times are Japan time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen-share mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (passwords and keys stay hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::Endpoints</name>
    <message>
        <source>The endpoints file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints file is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trustedCaFile %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown endpoint key &quot;%1&quot;. Known keys: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; must be https://host[:port] with no path; got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::EndpointsBanner</name>
    <message>
        <source>Test servers in use (endpoints file): connection tests go to other servers than the malls&apos;. Saved passwords and keys are not sent there, and no result is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::ExpiryFacts</name>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n day(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Renew it at the mall, then enter the new value with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::ExpiryReminder</name>
    <message>
        <source>%1: the %2 has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 is today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left until the %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %2 of %1 ends on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::FieldEditor</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets stay hidden in screen-share mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::FreedesktopNotifier</name>
    <message>
        <source>No desktop session was found (no D-Bus session bus), so no notification could be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crossma-setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s notification service did not show the notification (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications are not supported on this system yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::HomeWindow</name>
    <message>
        <source>クロスマ mall links (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>クロスマ mall links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up malls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the setup wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the support information to a file (no passwords or keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the support information to %1. It contains no password or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy support information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the support information to the clipboard (no passwords or keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the support information. It contains no password or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the support information…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::MallPage</name>
    <message>
        <source>Preparation and input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>② Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>③ Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks %1 whether it accepts these values. Nothing is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes available once the connection test succeeded for exactly these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved values from the password store (keychain)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked (last checked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the password vault (keychain). Type here only to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::MallPageController</name>
    <message>
        <source>Starting the connection test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to %1 yet: please first correct the fields marked in ② Input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::NotifyCommand</name>
    <message>
        <source>Another expiry check is still running. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the settings of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notifications were shown, but the settings file could not be written, so they may repeat today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::OverviewPage</name>
    <message>
        <source>Linked malls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is linked, when it was last checked and what expires when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every linked mall with the saved values, all at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked since it was saved on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1? Its saved values are removed from this computer (the password store and the settings). The other malls stay linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the saved values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked: %1 (connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked: %1 (no answer from the mall, code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked: %1 (could not connect, code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::ProcedureView</name>
    <message>
        <source>① Preparation at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the %1 admin page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::ProxyCredentialsDialog</name>
    <message>
        <source>Proxy sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server %1 did not accept the user name and password. Enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server %1 of this network asks for a user name and password before this app can reach the malls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are kept only until this app closes and are never saved. If you do not know them, ask your network administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::RakutenConnector</name>
    <message>
        <source>Rakuten Ichiba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rakuten Ichiba settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for the WEB API service in RMS, enable its functions, then enter the service secret, license key and shop URL shown there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SP338500_xxxxxxxxxxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMS &gt; Store information &amp; services &gt; WEB API service &gt; 2-1 WEB API: shown as the service secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SL338500_xxxxxxxxxxxx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown next to the service secret in 2-1 WEB API. It is valid for 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of your shop&apos;s top page. The shop code alone is fine too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for the WEB API service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMS &gt; Store information &amp; services &gt; WEB API service &gt; 1-2 Application and terms of use &gt; Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the terms of use and press 申し込む. Skip this step if you have already applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set every function to 利用する in 利用機能編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMS &gt; Store information &amp; services &gt; WEB API service &gt; 2-1 WEB API &gt; 利用機能編集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is very long: scroll to the very bottom and set every item to 利用する. Items that are 利用不可 from the start can stay as they are. Then press 確認する and 登録する.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for the CSV商品一括編集 option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMS &gt; Store information &amp; services &gt; 2. Option functions: apply / cancel &gt; CSV商品一括編集 &gt; 申込・解約</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this option the service cannot be linked to Rakuten Ichiba.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the service secret and the license key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMS &gt; Store information &amp; services &gt; WEB API service &gt; 2-1 WEB API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage information there shows the service secret and the license key. Paste them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rakuten needs about 1 to 1.5 hours after 登録する before the settings take effect. If the connection test fails right after, try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops still on the old payment method (旧決済) need different settings; please contact support. Almost every shop today uses 楽天ペイ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 can only contain half-width letters, digits and &quot;_&quot;. Copy it again from 2-1 WEB API in RMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license key is the same as the service secret. Copy the license key from its own line in 2-1 WEB API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service secret and the license key seem swapped: the service secret usually starts with SP and the license key with SL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Rakuten Ichiba shop address. Enter it like https://www.rakuten.co.jp/your-shop/ or just the shop code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License key expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new license key in RMS (店舗様向け情報・サービス &gt; WEB APIサービス &gt; 利用設定), then enter it with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::RakutenErrors</name>
    <message>
        <source>The service secret or the license key is wrong or incomplete: copy both again from RMS &gt; WEB API service &gt; 2-1 WEB API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license key has expired (it is valid for 90 days): issue a new one in 2-1 WEB API and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API functions are not enabled yet: in 2-1 WEB API &gt; 利用機能編集 set every function to 利用する, then wait 1 to 1.5 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license key was issued only minutes ago and Rakuten Ichiba does not know it yet: wait about 30 minutes and run the connection test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rakuten Ichiba is receiving too many requests for this shop right now. Wait a minute and run the connection test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rakuten Ichiba did not accept these values (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rakuten Ichiba did not accept the request for this license key (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rakuten Ichiba is having trouble right now (HTTP %1). Your values were not judged; please try the connection test again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license key is valid, but Rakuten Ichiba refused the shop information (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API functions are not enabled yet: in RMS &gt; WEB API service &gt; 2-1 WEB API &gt; 利用機能編集 set every function to 利用する (scroll to the very bottom), press 確認する and 登録する.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was registered less than 1 to 1.5 hours ago: wait and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::RakutenVerifyJob</name>
    <message>
        <source>Connecting to Rakuten Ichiba and checking the license key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license key expired on %1. Issue a new license key in RMS &gt; WEB API service &gt; 2-1 WEB API and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The license key expires in %1 days (%2). Issue a new one in RMS before then, or Rakuten orders stop reaching the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the API functions are enabled for your shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys belong to the shop &quot;%1&quot; (%2), not to the shop URL you entered. Check the shop URL, or use the keys of the right shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. License key valid until %2 (%3 days left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry date in the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::RecheckAll</name>
    <message>
        <source>Reading the saved values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the saved values are incomplete. Open Edit and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not checked: this app was started with an endpoints file that sends its requests to other servers, and saved values are only ever sent to %1 itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::RemindersBox</name>
    <message>
        <source>Notify me when an expiry date is near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the expiry dates once a day, also while this app is closed, and shows a desktop notification for each one that is near.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the expiry dates as a calendar file (.ics) for Google Calendar or Outlook, with a reminder a week before. It holds dates and mall names only, never a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported on this system yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: reminders show only when this app is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: checked at login and every morning at 9:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: checked at every login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry dates are saved yet. Run the connection test of a mall first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Open it with your calendar (Google Calendar: Settings &gt; Import &amp; export).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::RuntimeLibrary</name>
    <message>
        <source>A part of this app (%1) could not be loaded, so keys and certificates cannot be read. Install the app again; if this message stays, contact クロスマ support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::ResultPanel</name>
    <message>
        <source>Result of the connection test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy support information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the result codes for support. Holds no password or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the support information. It contains no password or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::SandboxExamplesBox</name>
    <message>
        <source>Sandbox: sample input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sample input…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sandbox has no sample input for this mall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the sample: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::ScreenShareBanner</name>
    <message>
        <source>Screen-share mode is on: passwords and keys stay hidden and cannot be copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::SetupWizard</name>
    <message>
        <source>クロスマ mall link setup (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>クロスマ mall link setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 / %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen-share mode: passwords and keys stay hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While on, passwords and keys cannot be shown or copied. Turn it on before sharing your screen; press again to turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen-share mode: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen-share mode: off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::StatusCommand</name>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last connection test: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date (%1): %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::StepList</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice mode: the malls are simulated on this computer and nothing reaches the real malls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen-share mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and keys stay hidden and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a step, or press Enter on it, to go there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the %2 has passed. Issue a new one at the mall, then run the connection test and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked yet: orders and stock of this mall are not handled by クロスマ until it is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To set up the remaining malls later, open this wizard again: the malls that are already linked stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Finish. Your linked malls are used by クロスマ from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left until the %2. Renew it at the mall soon, then run the connection test and save again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Keys with an expiry date (%1) must be renewed at the mall before they expire; this wizard shows the days left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::UnsavedQuestion</name>
    <message>
        <source>The values that passed the connection test are not saved yet. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::VerifyCommand</name>
    <message>
        <source>Unknown mall &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox malls could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved for %1 yet. Link it in the wizard first, or give the values with --credentials FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: please check the values. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoints file sends %1&apos;s requests to other servers, so the saved values are not sent. Saved secrets only ever go to %1 itself. To test against those servers, give the values with --credentials FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::VerifyJob</name>
    <message>
        <source>%1 did not answer in time. Check your internet connection and try the connection test again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection test was cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified, so nothing was sent. If your company uses a proxy that inspects HTTPS, ask its administrator; otherwise check that this computer&apos;s date and time are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1. Check that this computer is online and that no firewall or proxy blocks the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not in a way this program understands (HTTP %2). Please try again later; if it keeps happening, copy the support information and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is having trouble right now (HTTP %2). Your values were not judged; please try the connection test again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirection to another address (HTTP %2). For your safety nothing was sent there and nothing was saved. Please try again later; if it keeps happening, copy the support information and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy, a public Wi-Fi sign-in page or security software may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer far larger than any answer to this check (over %2 KiB), so this app stopped reading it. Please try again later; if it keeps happening, copy the support information and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with data that is not a valid web answer. Please try again later; if it keeps happening, copy the support information and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or security software may be interfering with the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server %1 asks for a user name and password, so %2 could not be reached. Run the connection test in this app&apos;s window and enter them when asked, or ask your network administrator for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::VerifyReport</name>
    <message>
        <source>%1: connection test passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection test could not be completed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connection test failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::WelcomePage</name>
    <message>
        <source>This wizard links your shops at the malls to クロスマ. For each mall you will ① prepare the mall&apos;s admin screen, ② enter the values it shows you and ③ run a connection test; only values the mall accepted are saved. Passwords and keys are kept in this computer&apos;s password store (keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the malls to set up now. You can set up the others on another day by opening this wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::YahooCertificateZip</name>
    <message>
        <source>&quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the certificate and private key of the store account &quot;%1&quot;. Expiry date: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be opened. Check that it still exists and that you may read it, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a ZIP file, or it is damaged. Choose the API certificate ZIP file exactly as downloaded from Store Creator Pro (top page, 重要なお知らせ), or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file is protected by a password, so it cannot be read. Choose the ZIP file exactly as downloaded from Store Creator Pro, not a copy compressed again with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file contains another ZIP file, &quot;%1&quot;. Take &quot;%1&quot; out of it and choose that inner ZIP file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file does not contain %1. Choose the API certificate ZIP file downloaded from Store Creator Pro (top page, 重要なお知らせ), or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file contains more than one certificate or private key (%1), so it is unclear which to use. Choose the ZIP file of your newest download, which holds exactly one of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files in the ZIP file are for the store account &quot;%1&quot;, but you entered &quot;%2&quot;. Check the store account (shown at the top right of Store Creator Pro), or choose the ZIP file of that store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ZIP file is far larger than an API certificate (a few KB), so it was not opened. Choose the API certificate ZIP file downloaded from Store Creator Pro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in the ZIP file cannot be read (it is neither a PEM nor a DER certificate). Download the API certificate again from Store Creator Pro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; in the ZIP file cannot be read. Download the API certificate again from Store Creator Pro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; is protected by a password. The key is needed exactly as downloaded from Store Creator Pro, without a password: download the API certificate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key &quot;%1&quot; does not belong to the certificate &quot;%2&quot;. They probably come from different downloads: use the ZIP file of one download, or download the API certificate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is valid only from %1. Check the date and time of this computer, or wait until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate expired on %1. Apply for a new API certificate in Store Creator Pro and choose its ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ZIP file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;store account&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::YahooConnector</name>
    <message>
        <source>Yahoo! Shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! Shopping settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. my-store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown at the top right of the Store Creator Pro top page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (recommended, current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API certificate (old method, ended 2023-07-27)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API certificate (ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file downloaded from 重要なお知らせ on the Store Creator Pro top page. Do not unzip it: this program reads it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key of the API certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」: press コピー and paste everything, including the BEGIN and END lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The バージョン shown next to the public key you set to 有効.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! JAPAN ID login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if support asks you to: the Client ID of another YConnect application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret (advanced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only together with the Client ID above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up your store account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Creator Pro &gt; top page (top right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store account is shown at the top right of the Store Creator Pro top page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a public key and set it to 有効</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」 &gt; 公開鍵発行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the issued key to 有効, press コピー and paste the whole key below, including the BEGIN and END lines. Enter its バージョン as well. If two keys are 有効, enter the バージョン of the key you pasted, and do not switch off the other key while another tool still uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your Yahoo! JAPAN ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press ログイン: your browser opens. Log in with the Yahoo! JAPAN ID that manages the store and agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old method only: the API certificate ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Creator Pro &gt; top page &gt; 重要なお知らせ &gt; download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the downloaded ZIP file here as it is; no unzip tool is needed. Yahoo! ended API certificates on 2023-07-27, so new settings use the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your store already uses the Yahoo! API with another tool, that tool loses its API access the moment a new application for a certificate or key is approved. Apply at a time you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores that were already open on Yahoo! Shopping when they signed up for クロスマ must apply themselves, in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」; it is not done in the initial setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login stays valid for 28 days with a public key. Log in again before it runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the public key or the API certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the store account. It is shown at the top right of the Store Creator Pro top page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store account can only contain half-width lower-case letters, digits, &quot;-&quot; and &quot;_&quot; (at most 128). Copy it from the top right of the Store Creator Pro top page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the API certificate ZIP here or choose it with 選択….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist. Choose the ZIP file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please paste the public key. Store Creator Pro &gt; 設定 &gt; 暗号鍵管理: press コピー and paste everything, including the BEGIN and END lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the public key&apos;s バージョン. It is shown next to the key in 暗号鍵管理.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please log in with your Yahoo! JAPAN ID (ログイン) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both the client ID and the client secret, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no YConnect client ID configured. Please contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 can only contain half-width letters, digits and symbols, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the new API certificate in ストアクリエイターPro, then load it with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login (refresh token) expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Yahoo! JAPAN again with Edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your store account and the public key issued in Store Creator Pro (with its バージョン), then log in with the Yahoo! JAPAN ID that manages the store. Only stores still on the old method use the API certificate ZIP instead of the public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::YahooErrors</name>
    <message>
        <source>Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 &gt; 「Web APIを利用する」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! refused the request of the service&apos;s application (HTTP 403). Your store&apos;s values were not the reason; please copy the support information and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application has used up its daily number of requests (50,000 without an increase): try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s application ID is unknown to Yahoo!: please contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s application ID is not approved for this API: please contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is not allowed to use the order API with the service&apos;s application yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application to use the Store API with the service is not approved yet: check it in Store Creator Pro, or ask support. Approval can take a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the store applied again for a certificate or key, API access stops until the new application is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! refused the request because it came from an internet address not registered for the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s address is not one of the addresses registered for the service&apos;s application: run the connection test from the registered network, or ask support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s registered addresses changed: please contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! did not accept the public key and version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version entered is not the バージョン of the key set to 有効 (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted key is not the key of that version: copy it again with コピー.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by more than a few minutes: correct the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! did not accept the API certificate for the store %1: it needs a public key now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! ended API certificates on 2023-07-27: issue a public key in %1 and choose the public key method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not the one Yahoo! issued for this store: download the ZIP again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! has no active public key for the store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No public key is issued or none is set to 有効: %1 &gt; 公開鍵発行, then set it to 有効.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store account is not the store the key was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login does not include the permissions the service needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every item was agreed to at the login: press ログイン, log in again and agree to all items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s application lacks the scope: please contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! refused the login (the access token is expired or invalid). Press ログイン and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is older than its lifetime (28 days with a public key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by more than a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Yahoo! JAPAN ID you logged in with does not manage the store account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store account is mistyped: copy it from the top right of the Store Creator Pro top page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged in with another Yahoo! JAPAN ID: press ログイン and use the ID that manages this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! did not accept the login for this store (HTTP 401). Press ログイン and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! refused the request (HTTP %1). Check the store account and the key, then try again; if it keeps happening, copy the support information and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::YahooExtra</name>
    <message>
        <source>Public key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The public key can be read (%1 %2 bits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::YahooExtraLogin</name>
    <message>
        <source>Yahoo! JAPAN ID login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with Yahoo! JAPAN ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens Yahoo!&apos;s login page in your browser. Log in with the ID that manages the store and agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the login address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser did not open, paste this address into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser shows an error page or does not come back after the login, copy the whole address from its address bar and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address after the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…?code=…&amp;state=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened. Press &quot;Copy the login address&quot; and paste it into your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in (%1). Run the connection test next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of the program has no Yahoo! login application (YConnect) set up, so the login cannot start yet. Ask %1 for a client ID and client secret and enter them in the advanced fields of this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::YahooExtraZip</name>
    <message>
        <source>API certificate ZIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Read: certificate of %1 (%2), valid until %3 (%4 days left). The private key will be kept only in the password store (keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop the API certificate ZIP here, as downloaded (no need to unzip it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::YahooLogin</name>
    <message>
        <source>The login was not completed in time. Press ログイン to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no YConnect application configured for the Yahoo! login. Please contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Yahoo! JAPAN ID login is done. Close this page and return to the setup program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page does not belong to the current login. Return to the setup program and press ログイン again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the login in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in in your browser, then paste the address of the page you were sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login is waiting. Press ログイン first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login code was found in what you pasted. Copy the whole address from your browser&apos;s address bar after logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address belongs to an earlier login attempt. Press ログイン again and paste the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the consent was cancelled in the browser. Press ログイン and agree to link the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! did not complete the login. Press ログイン to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login code was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing the login with Yahoo!…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo!&apos;s login service answered without a login token. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in with your Yahoo! JAPAN ID. Run the connection test next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::YahooPublicKey</name>
    <message>
        <source>Copy it again with the コピー button in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 and paste all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines &quot;-----BEGIN PUBLIC KEY-----&quot; and &quot;-----END PUBLIC KEY-----&quot; were missing and have been added. The key itself is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line &quot;-----BEGIN PUBLIC KEY-----&quot; was missing and has been added. The key itself is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line &quot;-----END PUBLIC KEY-----&quot; was missing and has been added. The key itself is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the public key copied from Store Creator Pro &gt; 設定 &gt; 暗号鍵管理.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be read as a public key. Paste the text that starts with &quot;-----BEGIN PUBLIC KEY-----&quot; exactly as copied. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key, not the public key. Never paste or send a private key to anyone. Paste the public key from Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one key was pasted. Paste only the public key that is set to 有効, together with its version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is cut off: only %1 of its %2 bytes are there. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is cut off: part of it is missing. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This public key is not an RSA key (%1). Yahoo!ショッピング issues RSA keys: copy the key from Store Creator Pro &gt; 設定 &gt; 暗号鍵管理.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RSA key has only %1 bits; at least 2048 are needed. Issue a new key in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理 (公開鍵発行).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the version shown next to the public key in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version is a whole number such as 1 or 2, as shown next to the public key in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request signature could not be made with this public key. Paste the public key again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::YahooToken</name>
    <message>
        <source>The Yahoo! JAPAN ID login is no longer valid. Press ログイン and log in again with the ID that manages the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login is older than its lifetime (28 days with a public key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission given to the service was withdrawn, or the Yahoo! JAPAN ID password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was made for a different client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! did not accept the service&apos;s application (client ID or client secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client ID or client secret under advanced settings is wrong: clear both to use the service&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s YConnect application was changed: please contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! is receiving too many requests right now. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo!&apos;s login service is having trouble right now (HTTP %1). Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! refused the login request (HTTP %1). Press ログイン and try again; if it keeps happening, copy the support information and contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo!&apos;s login service answered in a way this program does not understand (HTTP %1). Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo!&apos;s login service did not answer in time. Check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to Yahoo!&apos;s login service could not be verified, so nothing was sent. Check this computer&apos;s date and time, or ask the administrator of your company&apos;s proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to Yahoo!&apos;s login service. Check that this computer is online, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo!&apos;s login service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::YahooVerifyJob</name>
    <message>
        <source>Yahoo! ended API certificates on 2023-07-27. Switch to the public key (Store Creator Pro &gt; 設定 &gt; 暗号鍵管理) when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the API certificate and its private key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved API certificate or its private key cannot be read. Drop the certificate ZIP here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API certificate ZIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the API certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and the key come from different downloads: use the files of one ZIP, downloaded again from 重要なお知らせ in Store Creator Pro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API certificate expired on %1. API certificates are valid for one year and Yahoo! no longer issues them: switch to the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API certificate is only valid from %1. Check this computer&apos;s date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API certificate is for another store account (%1), not for %2. Check the store account, or use the ZIP of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API certificate or its private key cannot be used for the connection. Download the ZIP again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Yahoo! JAPAN ID login expires on %1 (%2 days left). Log in again before then, or Yahoo! orders stop reaching the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Yahoo! and renewing the login…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access_token in the token answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the store&apos;s API access with Yahoo!…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! no longer accepts API certificates (ended 2023-07-27): switch to the public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! is receiving too many requests right now. Wait a minute and run the connection test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! answered, but did not confirm the store&apos;s authentication (X-SWS-Authorize-Status is not authorized).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not set to 有効 in Store Creator Pro &gt; 設定 &gt; 暗号鍵管理.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version entered is not the version of the pasted key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by more than a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Yahoo! Shopping as store %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login valid until %1 (%2 days left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API certificate valid until %1 (%2 days left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order count answer is not XML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::sandbox::AmazonFake</name>
    <message>
        <source>Correct values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Amazon.co.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some listings suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, with a warning about suspended listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: client ID or secret rejected (invalid_client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: authorise the app again (invalid_grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App not authorised for this seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: access denied (403 Unauthorized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller only on Amazon.com.au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: not registered at Amazon.co.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered but not selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: not selling at Amazon.co.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: wait a minute (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: an answer this program does not understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon has trouble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: Amazon&apos;s service error (503)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::sandbox::AupayFake</name>
    <message>
        <source>Correct member number and API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, with the key&apos;s expiry date (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong member number (CME0022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused; a wrong member number is named first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistyped API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused; the likely causes are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key older than 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused; the mall&apos;s code and message are quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source address not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused; registering the addresses is among the causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401 without details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the API key was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 403 error page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the source address is probably not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken XML answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: the answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance page instead of the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: a web page came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mall server error (503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict after the time limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::sandbox::RakutenFake</name>
    <message>
        <source>Connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; the license key has 41 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License key expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected with a warning: 9 days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong license key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the three likely causes are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired license key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: GA0001, the key has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the API functions are not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another shop&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the keys belong to another shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: QPSLimit, try again in a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: the connection test times out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: an answer that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict: HTTP 503</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::sandbox::Server</name>
    <message>
        <source>The sandbox could not make its test certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not open a port on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::sandbox::YahooFake</name>
    <message>
        <source>Public key, correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected; the login&apos;s expiry date is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong public key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY_VERSION_WRONG: the version does not match the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUBLIC_KEY_MISSING: issue a key and set it to 有効.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order API not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PERMISSION_MISSING (px-04303).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP_NOT_ALLOWED (px-04306).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login lacks a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INSUFFICIENT_SCOPE: log in again and agree to all items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN_REQUIRED: log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN_REQUIRED (invalid_grant): log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another store&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STORE_MISMATCH: the login does not manage this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH_REJECTED (invalid_client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH_REJECTED: X-SWS-Authorize-Status is not authorized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIMEOUT after the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAD_RESPONSE: an HTML page instead of XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo! is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVICE_ERROR (HTTP 503).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API certificate (old method), correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, with a warning that certificates ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT_EXPIRED, without contacting Yahoo!.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of another certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CERT_KEY_MISMATCH, without contacting Yahoo!.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crossma::PasteAssist</name>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the copied value into the field it fits. Ctrl+V does the same when no field is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a value in the mall&apos;s screen and paste it here: it goes into the field it fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest copied values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in screen-share mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you come back from the browser, offers the value you copied there. Never in screen-share mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the value in the mall&apos;s screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the connection test has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value could be for more than one field. Which field is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of this value fits no field. Which field is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in the %1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like %1. Enter it on that mall&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the %1. Enter it there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 you copied (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
