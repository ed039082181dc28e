// Reference list of news outlets and agencies: canonical name | other names | hosts. Lets "AP",
// "the Associated Press" and apnews.com resolve to one outlet even when an article names it only once.
// Outlets not listed here are still found by the shape of their names (see outlets.ts).
export const OUTLET_TABLE = `
Associated Press|AP;the AP;Associated Press|apnews.com;ap.org
Reuters|Thomson Reuters|reuters.com
Agence France-Presse|AFP;Agence France Presse|afp.com
United Press International|UPI|upi.com
Bloomberg|Bloomberg News|bloomberg.com
Deutsche Presse-Agentur|dpa|dpa.com
Xinhua|Xinhua News Agency|xinhuanet.com;news.cn
TASS|ITAR-TASS|tass.com;tass.ru
RIA Novosti|RIA|ria.ru
Interfax||interfax.com;interfax.ru
Kyodo News|Kyodo|kyodonews.net
Yonhap|Yonhap News Agency|yna.co.kr
Anadolu Agency|Anadolu|aa.com.tr
Press Trust of India|PTI|ptinews.com
ANSA||ansa.it
EFE|Agencia EFE|efe.com
Canadian Press|CP|thecanadianpress.com
Australian Associated Press|AAP|aap.com.au
Press Association|PA;PA Media|pamediagroup.com
The New York Times|New York Times;NYT|nytimes.com
The Washington Post|Washington Post;WaPo|washingtonpost.com
The Wall Street Journal|Wall Street Journal;WSJ|wsj.com
USA Today||usatoday.com
Los Angeles Times|LA Times;L.A. Times|latimes.com
Chicago Tribune||chicagotribune.com
The Boston Globe|Boston Globe|bostonglobe.com
New York Post|The New York Post;NY Post|nypost.com
New York Daily News|NY Daily News|nydailynews.com
The Washington Times|Washington Times|washingtontimes.com
Politico||politico.com;politico.eu
The Hill||thehill.com
Axios||axios.com
NPR|National Public Radio|npr.org
PBS|PBS NewsHour|pbs.org
CNN|Cable News Network|cnn.com
Fox News|Fox;Fox News Channel|foxnews.com
MSNBC||msnbc.com
NBC News|NBC|nbcnews.com
CBS News|CBS|cbsnews.com
ABC News|ABC|abcnews.go.com
CNBC||cnbc.com
Breitbart News|Breitbart|breitbart.com
HuffPost|Huffington Post;The Huffington Post|huffpost.com;huffingtonpost.com
BuzzFeed News|BuzzFeed|buzzfeednews.com;buzzfeed.com
Vox||vox.com
Slate||slate.com
Salon||salon.com
The Daily Beast|Daily Beast|thedailybeast.com
The Atlantic||theatlantic.com
The New Yorker|New Yorker|newyorker.com
Newsweek||newsweek.com
Time magazine|TIME|time.com
Vice News|Vice|vice.com
The Intercept|Intercept|theintercept.com
ProPublica||propublica.org
Mother Jones||motherjones.com
National Review||nationalreview.com
The Daily Caller|Daily Caller|dailycaller.com
The Daily Wire|Daily Wire|dailywire.com
The Federalist|Federalist|thefederalist.com
Washington Examiner||washingtonexaminer.com
Newsmax||newsmax.com
One America News|OAN|oann.com
The Blaze|TheBlaze|theblaze.com
Talking Points Memo|TPM|talkingpointsmemo.com
McClatchy|McClatchy DC|mcclatchydc.com
Business Insider||businessinsider.com;insider.com
Forbes||forbes.com
Fortune||fortune.com
The Guardian|Guardian|theguardian.com;guardian.co.uk
The Observer||observer.co.uk
The Times of London|The Times;Times of London|thetimes.co.uk
The Sunday Times||thetimes.co.uk
The Daily Telegraph|The Telegraph;Telegraph|telegraph.co.uk
The Independent|Independent|independent.co.uk
Financial Times|FT|ft.com
The Economist|Economist|economist.com
BBC|BBC News;British Broadcasting Corporation|bbc.com;bbc.co.uk
Sky News||news.sky.com
ITV News|ITV|itv.com
Channel 4 News||channel4.com
Daily Mail|Mail Online;MailOnline|dailymail.co.uk
The Sun||thesun.co.uk
Daily Mirror|The Mirror|mirror.co.uk
Daily Express||express.co.uk
Evening Standard||standard.co.uk
International Business Times|IBTimes;IB Times;IBT|ibtimes.com;ibtimes.co.uk
Al Jazeera|Al Jazeera English|aljazeera.com;aljazeera.net
Al Arabiya||alarabiya.net
Al-Monitor|Al Monitor|al-monitor.com
Middle East Eye||middleeasteye.net
Haaretz||haaretz.com
The Times of Israel|Times of Israel|timesofisrael.com
The Jerusalem Post|Jerusalem Post|jpost.com
Der Spiegel|Spiegel|spiegel.de
Die Zeit|Zeit|zeit.de
Frankfurter Allgemeine Zeitung|FAZ|faz.net
Süddeutsche Zeitung|SZ|sueddeutsche.de
Le Monde||lemonde.fr
Le Figaro||lefigaro.fr
Libération||liberation.fr
El País|El Pais|elpais.com
El Mundo||elmundo.es
Corriere della Sera||corriere.it
La Repubblica||repubblica.it
France 24||france24.com
Deutsche Welle|DW|dw.com
Euronews||euronews.com
RT|Russia Today|rt.com
Sputnik|Sputnik News|sputniknews.com
The Moscow Times|Moscow Times|themoscowtimes.com
Kyiv Independent||kyivindependent.com
South China Morning Post|SCMP|scmp.com
China Daily||chinadaily.com.cn
Global Times||globaltimes.cn
The Japan Times|Japan Times|japantimes.co.jp
NHK||nhk.or.jp
The Straits Times|Straits Times|straitstimes.com
The Times of India|Times of India|timesofindia.indiatimes.com
Hindustan Times||hindustantimes.com
The Hindu||thehindu.com
NDTV||ndtv.com
Dawn||dawn.com
ABC Australia|Australian Broadcasting Corporation|abc.net.au
The Sydney Morning Herald|Sydney Morning Herald|smh.com.au
The Australian||theaustralian.com.au
CBC News|CBC|cbc.ca
The Globe and Mail|Globe and Mail|theglobeandmail.com
Toronto Star||thestar.com
National Post||nationalpost.com
The Irish Times|Irish Times|irishtimes.com
Fox Business||foxbusiness.com
Yahoo News|Yahoo|news.yahoo.com
Inquisitr||inquisitr.com
The Daily Signal|Daily Signal|dailysignal.com
Raw Story||rawstory.com
Bellingcat||bellingcat.com
Snopes||snopes.com
PolitiFact||politifact.com
FactCheck.org||factcheck.org
Full Fact||fullfact.org
`;
