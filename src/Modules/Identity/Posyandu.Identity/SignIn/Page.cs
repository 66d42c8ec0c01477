using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Posyandu.Identity.SignIn;

/// <summary>What the sign-in page tells the person, in Bahasa Indonesia.</summary>
internal enum Notice
{
    Missing,
    WrongPassword,
    LockedOut,
    Disabled,
    SignedOut,
}

/// <summary>The pages' HTML: small, server-rendered, every value encoded.</summary>
internal static class Page
{
    private static readonly HtmlEncoder Encode = HtmlEncoder.Default;

    public static IResult SignIn(HttpContext context, IAntiforgery antiforgery, string returnUrl, Notice? notice, string userName = "")
    {
        var message = notice switch
        {
            Notice.Missing => Alert("error", "Isi nama pengguna dan kata sandi."),
            Notice.WrongPassword => Alert("error", "Nama pengguna atau kata sandi salah."),
            Notice.LockedOut => Alert("error", $"Akun Anda dikunci sementara karena {AccountsSetup.MaxFailedAttempts} kali salah kata sandi. " +
                                               $"Coba lagi setelah {AccountsSetup.LockoutDuration.TotalMinutes:0} menit, atau hubungi administrator untuk membukanya."),
            Notice.Disabled => Alert("error", "Akun ini dinonaktifkan. Hubungi administrator Posyandu Digital."),
            Notice.SignedOut => Alert("info", "Anda sudah keluar."),
            _ => "",
        };
        return Html("Masuk", $"""
            <h1>Masuk ke Posyandu Digital</h1>
            {message}
            <form method="post" action="{SignInPages.SignInPath}">
              {Antiforgery(context, antiforgery)}
              <input type="hidden" name="returnUrl" value="{Encode.Encode(returnUrl)}">
              <label for="userName">Nama pengguna</label>
              <input id="userName" name="userName" autocomplete="username" maxlength="64" required autofocus value="{Encode.Encode(userName)}">
              <label for="password">Kata sandi</label>
              <input id="password" name="password" type="password" autocomplete="current-password" maxlength="128" required>
              <button id="masuk" type="submit">Masuk</button>
            </form>
            <details id="lupa">
              <summary>Lupa kata sandi?</summary>
              <p>Kata sandi tidak dapat dipulihkan sendiri. Hubungi administrator Posyandu Digital di DPMD kabupaten/kota
              atau provinsi Anda: ia akan mengatur ulang kata sandi dan memberikan kata sandi sementara.</p>
            </details>
            """);
    }

    public static IResult SignOut(HttpContext context, IAntiforgery antiforgery, string returnUrl) => Html("Keluar", $"""
        <h1>Keluar dari Posyandu Digital?</h1>
        <p>Sesi Anda di peramban ini akan diakhiri.</p>
        <form method="post" action="{SignInPages.SignOutPath}">
          {Antiforgery(context, antiforgery)}
          <input type="hidden" name="returnUrl" value="{Encode.Encode(returnUrl)}">
          <button id="keluar" type="submit">Keluar</button>
        </form>
        <p><a href="{Encode.Encode(returnUrl)}">Batal</a></p>
        """);

    public static IResult Expired(HttpContext context, IAntiforgery antiforgery) => Html("Formulir kedaluwarsa", $"""
        <h1>Formulir kedaluwarsa</h1>
        {Alert("error", "Formulir ini sudah tidak berlaku. Muat ulang halaman lalu coba lagi.")}
        <p><a href="{SignInPages.SignInPath}">Kembali ke halaman masuk</a></p>
        """, StatusCodes.Status400BadRequest);

    private static string Alert(string kind, string text) => $"""<p class="{kind}" role="alert" id="pesan">{Encode.Encode(text)}</p>""";

    private static string Antiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"""<input type="hidden" name="{Encode.Encode(tokens.FormFieldName)}" value="{Encode.Encode(tokens.RequestToken ?? "")}">""";
    }

    private static IResult Html(string title, string body, int status = StatusCodes.Status200OK) => Results.Content($"""
        <!doctype html>
        <html lang="id">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{title} — Posyandu Digital</title>
          <link rel="stylesheet" href="/akun/akun.css">
        </head>
        <body class="sign-in">
        <main class="card">
        {body}
        </main>
        <footer>Posyandu Digital · Provinsi Kalimantan Timur</footer>
        </body>
        </html>
        """, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
