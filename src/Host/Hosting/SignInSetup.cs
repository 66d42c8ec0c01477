using Posyandu.Identity.SignIn;

namespace Posyandu.Host.Hosting;

/// <summary>
/// The sign-in pages (<c>/akun/masuk</c>, <c>/akun/keluar</c>) and the OpenID Connect endpoints (<c>/connect/*</c>,
/// discovery at <c>/.well-known/openid-configuration</c>) of the Identity module, outside the modules' <c>/api</c>
/// groups. Its services (ASP.NET Core Identity, OpenIddict, the API's authentication scheme) come with the module.
/// </summary>
public static class SignInSetup
{
    public static WebApplication UsePosyanduSignIn(this WebApplication app)
    {
        app.MapSignIn();
        return app;
    }
}
