namespace FeishuUatAnalyzer.Sites
{
    /// <summary>How the bearer token is attached to the request: the place the code fix rewrites.</summary>
    internal enum TokenShape
    {
        /// <summary><c>request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", t)</c>.</summary>
        AuthenticationHeaderValue,

        /// <summary><c>request.Headers.Add("Authorization", "Bearer " + t)</c>.</summary>
        HeaderString,

        /// <summary><c>client.DefaultRequestHeaders.Authorization = ...</c>, set on the client for all its requests.</summary>
        DefaultHeader,

        /// <summary>RestSharp <c>AddHeader</c>/<c>AddParameter(..., ParameterType.HttpHeader)</c>.</summary>
        RestSharpHeader,

        /// <summary>RestSharp <c>JwtAuthenticator</c> and friends.</summary>
        RestSharpAuthenticator,

        /// <summary>Flurl <c>WithOAuthBearerToken(t)</c>.</summary>
        FlurlOAuthBearer,

        /// <summary>Flurl <c>WithHeader("Authorization", ...)</c>.</summary>
        FlurlHeader,

        /// <summary>
        /// A Flurl token set on a client or request held in a field or property (<c>_client = new FlurlClient(url).WithOAuthBearerToken(t)</c>),
        /// or by a statement of its own on the holder (<c>request.Headers.Add("Authorization", ...)</c>): other requests may share it,
        /// so no rewrite strategy; fixed by hand.
        /// </summary>
        FlurlHeld,

        /// <summary>
        /// A header inside an object or dictionary given whole (Flurl <c>WithHeaders(new { Authorization = ... })</c>, RestSharp
        /// <c>AddHeaders(dictionary)</c>): no rewrite strategy yet, fixed by hand.
        /// </summary>
        HeaderCollection,

        /// <summary>A Refit or WebApiClientCore parameter marked as the bearer token or the Authorization header.</summary>
        DeclarativeArgument,

        /// <summary>FeishuNetSdk's <c>IFeishuUserApi</c> method: the first argument is the user_access_token.</summary>
        SdkUserAccessToken,

        /// <summary>
        /// The whole value of <c>Headers["Authorization"] = v</c>, <c>Headers.Add(...)</c>, <c>Headers.Set(...)</c> on a
        /// <c>WebClient</c> or an <c>HttpWebRequest</c>, or a header line <c>Headers.Add("Authorization: ...")</c>.
        /// </summary>
        WebHeader,

        /// <summary>The same headers with the scheme written before the token: <c>Headers["Authorization"] = "Bearer " + t</c>.</summary>
        WebHeaderBearer,

        /// <summary>An interface that gets its tokens from a provider (FeishuNetSdk's <c>IFeishuTenantApi</c>).</summary>
        SdkProvider,

        /// <summary>
        /// Set by a message handler's <c>SendAsync</c> (<c>new HttpClient(handler)</c>, <c>AddHttpMessageHandler</c>): every request of
        /// the client carries it, so no rewrite at one send call can change it; fixed by hand in the handler.
        /// </summary>
        MessageHandler,

        /// <summary>
        /// Declared away from the call: MudFeishu's <c>[Token(...)]</c>, WebApiClientCore's <c>[OAuthToken]</c> provider or a
        /// filter attribute, Refit's <c>AuthorizationHeaderValueGetter</c>. Every call of the interface shares it; fixed by hand there.
        /// </summary>
        DeclaredTokenSource,
    }
}
