using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Posyandu.Identity.SignIn;

/// <summary>
/// The sign-in and sign-out pages (Bahasa Indonesia) and the OpenID Connect endpoints, outside <c>/api</c>. Forms carry
/// an anti-forgery token checked on every post. The host maps them with one call (<see cref="MapSignIn"/>).
/// </summary>
public static class SignInPages
{
    public const string SignInPath = "/akun/masuk";
    public const string SignOutPath = "/akun/keluar";

    public static IEndpointRouteBuilder MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapConnect();
        app.MapGet(SignInPath, (HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? keluar) =>
                Page.SignIn(context, antiforgery, LocalOnly(returnUrl), keluar is null ? null : Notice.SignedOut))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost(SignInPath, SignInAsync).AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();
        app.MapGet(SignOutPath, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) => Page.SignOut(context, antiforgery, LocalOnly(returnUrl)))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost(SignOutPath, SignOutAsync).AllowAnonymous().ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context, IAntiforgery antiforgery, UserManager<Account> users, SignInManager<Account> signIn, SignInAudit audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Page.Expired(context, antiforgery);
        }

        var form = await context.Request.ReadFormAsync();
        var userName = form["userName"].ToString().Trim().ToLowerInvariant();
        var password = form["password"].ToString();
        var returnUrl = LocalOnly(form["returnUrl"]);
        if (userName.Length is 0 or > 64 || password.Length is 0 or > 128)
        {
            return Page.SignIn(context, antiforgery, returnUrl, Notice.Missing, userName.Length > 64 ? "" : userName);
        }

        var account = await users.FindByNameAsync(userName);
        var result = account is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(account, password, isPersistent: false, lockoutOnFailure: true);
        await audit.RecordAsync(account, result, context.RequestAborted);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(returnUrl);
        }

        var notice = result.IsLockedOut ? Notice.LockedOut : result.IsNotAllowed ? Notice.Disabled : Notice.WrongPassword;
        return Page.SignIn(context, antiforgery, returnUrl, notice, userName);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Page.Expired(context, antiforgery);
        }

        var form = await context.Request.ReadFormAsync();
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.LocalRedirect($"{SignInPath}?keluar=1&returnUrl={UrlEncoder.Default.Encode(LocalOnly(form["returnUrl"]))}");
    }

    /// <summary>Only a path of this host (never <c>//other</c> or an absolute URL): no open redirect.</summary>
    internal static string LocalOnly(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : "/dashboard/";
}
