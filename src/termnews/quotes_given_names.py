"""Given names whose gender is clear in most uses, from many languages, for ``termnews.quotes``:
a pronoun ("she said") can only point at a person whose gender is known or unknown, never the
other one, so each name known here keeps a cascade of wrong speakers from starting.

Names used for both sexes, names that are also common words or places, and names more often
met as surnames in news are left out on purpose.
"""

# The names first written for the finder, mostly English ones.
COMMON_MALE_NAMES = """
aaron adam adrian ahmed alan albert alejandro alex alexander ali andre andrew andy angel
anthony antonio arthur austin barry ben benjamin bernard bill billy bob bobby brad bradley brandon
brendan brian bruce bryan caleb calvin cameron carl carlos chad charles charlie chris christian
christopher chuck clarence cody colin connor craig curtis dale dan daniel danny darius darnell
darren dave david dean dennis derek derrick devin diego dmitri dominic don donald doug douglas
dwayne dwight dylan earl eddie eduardo edward eli elijah elliot emmanuel eric ethan evan felix
fernando francis francisco frank fred frederick gabriel gary gene george gerald gilbert glenn
gordon graham greg gregory hamza hank harold harry hector henry howard hugo ian ibrahim isaac
ivan jack jackson jacob jake jamal james jared jason javier jay jeff jeffrey jeremy jerome jerry
jesse jesus jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian
julio justin kareem keith kelvin ken kenneth kevin kwame kyle larry lawrence leo leon leonard
liam lionel logan louis lucas luis luke malcolm manuel marco marcus mario mark marshall martin
marty marvin mason matt matthew maurice max michael miguel mike mitchell mohammed muhammad nathan
neil nicholas nick nikolai noah oliver omar oscar owen pablo patrick paul pedro pete peter phil
philip rafael ralph ramon randy ray raymond reggie ricardo richard rick ricky rob robert roberto
rodney roger ron ronald ross roy russell ryan sam samuel scott sean sergio seth shane shawn
simon stanley stephen steve steven stuart ted terrence terry theo thomas tim timothy todd tom
tommy tony travis trevor tyler tyrone victor vincent walter warren wayne wesley will william
xavier yusuf zach zachary rahul arjun vikram sanjay raj wei jian hiroshi kenji takeshi minh
duc tuan kofi chidi obi emeka jamar deshawn marquis tariq hassan yosef moshe dov brett troy
ernesto rolando andres mateo santiago joaquin emilio gustavo raul ruben sebastian tomas
declan desmond rashad malik andrei sergei kirill mehmet cedric clifford everett floyd herbert
lloyd milton norman otis percy rex vernon wallace wendell quentin nate reed spencer tucker
wyatt brady garrett hunter jordan kendall
abdirahman absalom alberto aleksandr allan amadou amos anand anders anil ansel anselm
antónio antonio arlen arturo arvid augustin aurelio babatunde barnaby bartholomew bastian
benedikt benoit bert bertrand boyd bram brent bryce burt callum casimir caspian cassius
clement colm cormac cornelius corwin crispin dario dariusz dashawn dashiell delbert devontae
dorian duane elias emrys erik ernest evander everard ezekiel farouk ferdinand gareth gerhard
ghassan gideon giovanni gunnar hakeem hamid hendrik horatio héctor hector idris ignacio
ignatius ikechukwu ingmar jaxon jerrold jesús joaquín joaquin jonah jonas karl kasimir
kendrick kwabena lachlan lamar lamont lars leopold lorcan lorenzo lucian lucius lukas lyle
lysander marc matías matias maximilian nathaniel nnamdi obadiah obinna oisin olufemi orrin
oskar osric oswin percival phelan pieter raffaele rafferty rajesh randall ravi ravindra
reginald reinhold ruairi ruairí ryosuke ryota samir sebastián siddharth suresh tadeo tavish
teodor teodoro tesfaye tevita thaddeus theodore tobiah tobias tomasz tomás tomas tyrese
wenceslas wilfred yerlan mohammed muhammad ahmed omar hassan yusuf ibrahim mustafa kofi
kwame kwaku chinedu emeka tunde segun hiroshi takashi kenji haruto arjun vikram sanjay amit
rahul diego javier alejandro santiago mateo pablo andrés andres miguel rafael luis jorge
sergio luca matteo giuseppe francesco pierre jean-luc françois francois jürgen klaus stefan
sven bjorn björn nils olaf piotr pawel paweł krzysztof jakub dmitri mikhail vladimir
oleksandr bogdan nikolai seamus eoin
"""

COMMON_FEMALE_NAMES = """
abigail ada adriana aisha alexandra alexis alice alicia alison allison amanda amber amelia amy
ana andrea angela angelica anita ann anna anne annie april ashley audrey barbara beatriz becky
beth betty beverly bianca brenda brianna bridget brittany brooke camila candace carla carmen
carol caroline carolyn cassandra catherine cecilia charlotte chelsea cheryl chloe christina
christine cindy claire clara claudia colleen connie courtney crystal cynthia daisy dana daniela
danielle deborah debra denise diana diane dolores donna doris dorothy elaine elena elizabeth
ella ellen emily emma erica erin esther eva evelyn fatima fiona florence frances gabriela gail
gina gloria grace gwen hannah harriet hazel heather helen holly imani irene iris isabel isabella
jackie jacqueline jade jane janet janice jasmine jean jeanette jennifer jenny jessica jill joan
joanna jocelyn josephine joy joyce judith judy julia julie june karen kate katherine kathleen
kathy katie kayla keisha kelly kim kimberly kristen laura lauren leah leslie lillian linda lisa
lori lucia lucy luz lydia lynn madeline maggie mara marcia margaret maria marie marilyn marisol
marjorie martha mary maya megan melanie melissa mia michelle mildred miranda molly monica
monique nadia nancy naomi natalie natasha nicole nina nora olivia paige pamela patricia paula
pauline peggy penny priya rachel rebecca regina renee rita roberta robin rosa rose rosemary
ruth sabrina samantha sandra sara sarah savannah shannon sharon sheila shirley sofia sonia
sophia stacy stephanie susan suzanne sylvia tamara tanya tara teresa theresa tiffany tina tracy
valerie vanessa veronica victoria virginia wanda wendy whitney yolanda yvonne zoe ayesha
deepa ananya lakshmi mei lin yuki keiko hana thi ngoc adaeze chioma ngozi amara latoya
tanisha shanice ebony guadalupe ximena valentina mariana paola lorena xiomara ines
marguerite genevieve yasmin leila layla noor zainab olga svetlana irina katya ingrid astrid
greta heidi colette simone rosalind tessa vera wilma esperanza consuelo dolores carmela
beverley kerry-ann shauna tasha marlene noelle maureen eileen kathryn bernadette lorraine
abebech abena agnes alejandra alma anahit anjali anneliese annelise annika beatrice
beatrix benedikta bethany bettina camille celeste celestine celia celinda chidinma constance
cordelia corinne deanna deirdre delia delphine devorah dorota eleanor evangelina evangeline
faye felicia fenella folasade funmilayo gemma georgiana graciela gretchen gwendolyn hattie
helene henrietta henrike hilde hiroko honoria hortensia hyacinth hélène ifeoma ilse imelda
imogen ingeborg itzel jolene jovita judit kaitlyn karina katarzyna kaylee kiara kirsten
leanne leilani lena lenore leonor leontyne lindiwe lorna loretta lucasta lucinda lucía
lusine magdalena maren margarethe margit mariah mariam maribel marie-claude mariela
marigold marisa marisela maura mavis mireille miriam ndidi nkechi odalys odette odile
ottilie ottoline perpetua philippa phyllis priyamvada priyanka ramona rashida renata renske
renée rosamund ruthanne ruthie ruxandra saoirse sarita selina seraphina shayla shreya signe
soledad solveig sunita sunniva tamika tammy tamsin thandiwe theodora thomasina tovah tricia
wendeline wilhelmina winifred winnifred yesenia yetunde yevgenia ysolde yvette fatima
amina zainab maryam leila yasmin keiko sakura aiko ananya deepa lakshmi kavya sofia
valentina camila isabella gabriela carmen elena giulia chiara francesca amélie ingrid
astrid freya sigrid agnieszka zofia olga natalia svetlana irina oksana aoife siobhan niamh
grainne gráinne chioma ngozi adaeze akosua
"""

# Names from many languages, added in session 4.
MORE_MALE_NAMES = """
aakash aamir aarav aaron abdallah abdel abdelaziz abdelhak abdelilah abdelkader abdelmajid
abdi abdikadir abdinasir abdirahman abdirashid abdirizak abdisalam abdiweli abdul abdulaziz
abdullah abdullahi abdulrahman abebe abelardo abhay abhijit abhinav abhishek abhisit abiy
abolfazl abubakar achilleas achilles achim adam adebayo adekunle adel ademir ademola adewale
adeyemi adil aditya adnan adolfo adrian adriano afolabi afonso agron agung agus agustín
ahmad ahmadu ahmet ahsan aidan aiden aitor ajay ajit akash akhil akihiro akintola akinwumi
akiva akoni akram alain alan alasdair albert alberto aldo aled alejandro aleksa aleksandar
aleksandr aleksei aleksi alemayehu alen alessandro alessio alexander alexandre alexandros
alexandru alexei alexey aleš alfonso alfred alfredo alireza alistair aliyu alkis alois alok
alonzo aloísio alparslan alper alvin alvise amanuel amartya amaury ambrose amedeo amin aminu
amir amirhossein amit amitabh amjad ammar amol amos amr anas anastasios anatole anatolii
anatoliy anatoly ander anders andreas andrei andres andreu andrew andrey andries andriy
andrzej andré andrés andy angelos angus anies aniket anil animesh anirban anirudh ankit
ankur anoop anselmo antal anthony antoine anton antoni antonio antonis antony antonín antti
antónio antônio anuj anup anutin anwar aníbal aonghus apolinario apostolos arash arben
archibald archie arda ardeshir ari arie arif arindam aristotelis arjan arjen arjun arkadiusz
arkadiy arkady arlo armand armin arnab arnau arnaud arne arnel arnold arseniy arseny arshad
artan artem arthur arto artur arturo artyom arumugam arun arvid arvind aryeh asad asaf
asbjørn asen asher ashish ashok ashutosh ashwin asier asif asmerom atanas athanasios
athumani atiku atsushi attila atul audun aurelio aurélien auwal avi avigdor avner avraham
axel ayham ayman ayoub azhar aziz azmin azubuike azzedine babajide babak babar babatunde
bachir bahram bakari bakr balaji balarabe baldev baltasar baltazar balázs bambang baptiste
barend barnabas barnaby barnabás barney barry bart bartolomé bartosz bartłomiej baruch barış
basavaraj bashar bashir bassam bastien batuhan bautista bayo bayu behnam behrouz behzad
bekim bekir ben bence benedict benedikt bengt benigno benito benjamin benjamín benji benno
benny benoit benoît bereket berhane berhanu berk bernard bernardo bernd bernhard bernie bert
bertie bertil bertram bertrand besnik bhaskar bheki bhupendra bijan bijoy biju bilal bilawal
biniam binyamin birger biswajit bjarne bjarni björn bjørn boaz bob boban bobby bogdan
bogusław bohdan bohumil bohuslav bojan bolesław bongani bonginkosi boris borislav borys
boyan boyko bořivoj boško brad braden bradley brahim bram brandon branimir branislav branko
braulio brayden brendan brent brett brian brody bronisław bruce bruno bryan bryce buddhadeb
budi bujar burak burkhard byron byung-chul bálint béla bülent caden cahit caio caleb callum
calum calvin camillo camilo caner carl carlo carlos carmine carsten carwyn caspar cathal
cauã cecil cedric cees celal cem cemal cengiz cesare cevdet cezary chaim chalerm chandan
chandrababu charalampos charles chatchai chetan chi-keung chia-hao chibuike chidi chien-ming
chih-hao chijioke chike chinedu ching-kuo chiranjeevi chiwetel christian christodoulos
christoph christophe christopher christos chuan chukwudi chukwuemeka chukwuma chul-soo cian
ciaran ciarán cillian ciprian cipriano clarence claudio claudiu clement clifford clément
cody colin colm colton conall connor conor conrad constantin corentin cormac cornel
cornelius corrado cosimo costel costin craig crisanto cristian cristiano cristóbal csaba
cuong curtis cuthbert cyril cyrille cyrus czesław cândido cédric césar cătălin cường daan
dafydd dahir daichi daiki daisuke dalibor damian damien damir damián dan danie daniel daniil
danilo danjuma danny dante danylo dapo dario darius dariush dariusz darko darnell darragh
darrell darren darryl darshan dashawn dave davey davi david davide davood davor dawei dawid
dawie dawit deandre debashis debasish declan dedi deepak dejan deji delbert demetrius denis
dennis deon derek dermot deshawn desmond detlef devendra devesh devonte dezső dhruv diarmuid
didier didik diederik diego dieter dietmar dietrich dileep dilip dima dimas dimitar
dimitrios dimitris dindo dinesh diogo dionisio dionysios dipak dipankar dirk dmitri dmitriy
dmitry dmytro do-yoon domenico domingos dominic dominik donal donald dong-hoon dong-hyun
donnacha donncha doo-hwan dorian dorin dotun doug dougal douglas dov doğan dragan dragoljub
dragomir dražen driss dritan driton duane duarte duc dumisani dumitru duncan dušan dwayne
dwight dylan dániel dénes dónal eamon eamonn eben eberhard ebrahim ebuka eckart eckhard
eddie edgar edgardo edin edmund edoardo eduard eduardo edward edwin eero efraim efraín efren
efthymios egemen egon ehsan ehud einar eino eirik eitan ejaz ejike ekkehard eko ekow elad
eladio elazar elbert elias eliezer elijah elio eliyahu elliot elliott elmer elton elvis
elías emanuele emeka emil emiliano emilio emin emlyn emmanouil emmanuel emmett emre emrys
endre enes engin ennio enoch enrico enrique enzo eoghan eoin epeli ephraim erasmus ercan
ercole erdem eren eric erich erik erkan erkki erling ermal ermias ermin ernest ernesto ernie
ernst erol errol ertan ertuğrul erwin eryk esfandiar eskil esmail espen esteban estêvão
ethan ettore euan eugenio eusebio evan evangelos evaristo everett evert evgeny ewan eyal
eyob ezekiel ezequiel ezra fabian fabien fabio fabián fabrice fabrizio fabrício facundo fadi
fahad fahd faisal fajar fakhar fanie farhad farhan farid faris farouk farshad faruk farzad
fatih fatmir fausto fawad fawzi federico felipe felix ferdinand ferenc fereydoun fergal
fergus ferhat fermín fernando ferran fiachra fidel fikre fikret filip filipe filipo filippo
filmon finbar fintan firas flamur flavio flemming florencio florian florin floris flávio
folke fouad francesco francis francisco franciszek francois frans františek franz françois
fred freddie frederic frederick frederico fredrik freek friedhelm friedrich frik fritz frode
frédéric fulvio fumio furkan fyodor fábio gabe gabriel gadi gaetano ganesan ganjar garba
gareth garry gary gaspar gaspard gatot gaurav gautam gaute gautier gavin gavriel gavriil
gaël gaëtan gbenga gearóid geert geir genaro gennadiy gennady gennaro gentian geoffrey georg
george georgi georgios georgiy georgy geraint gerald gerard gerardo gerben gergely gerhard
germán gernot gerrit gershon gerson gert getachew gethin ghassan gheorghe gholamreza ghulam
giacomo giampaolo giancarlo gianfranco gianluca gianmarco gianni giannis gianpiero gideon
gijs gilad gilbert gilberto gilles gino giorgio giorgos giovanni girish girma girolamo
giulio giuseppe gjermund gleb glyn gonzalo gonçalo gopal gopalakrishnan goran gordon gorka
goro gottfried govind greg gregor gregorio gregory grigoris grigoriy grigory gruffydd
grzegorz grégoire guangming gudmund guenter guido guilherme guillaume guillem guillermo
guled gunnar gunnlaugur gunther guoqiang gus gustaf gustav gustave gustavo guus guðmundur
gwenaël gwilym györgy gábor gérard géza gëzim gökhan göran gösta günter günther ha-joon
haakon habib habibu habibur habtamu hadi haile hailu haim haitham hajime hakan hakim halil
halldór hallvard halvor hamad hamdan hamed hamid hamidreza hamish hamisi hamisu hamse hamza
hani hank hannes hannu hans hans-jürgen hans-peter haoran haoyu harald harbhajan hardik
haris harish harlan harold haroon harri harry hartmut haruki harun haruna haruto harvey
haryanto hasan hasnain hassan hatem hayati hayato haytham hazem hector heikki heiko hein
heiner heinrich heitor helmut helmuth hemant hemi hendra hendrik henk henning henok henri
henrik henrique henry henryk herbert heriberto herman hermann hernan hernán hershel heru
hervé hicham hidde hideki hideo hieu hilario hillel hilmi himanshu hinrich hippolyte
hipólito hiroki hiroshi hiroto hiroyuki hisashi hisham hishammuddin hitesh hiếu hjalmar
hohepa holger honoré hooman horace horacio horatio horia horst hossein houshang hristo
hrvoje hubert hugh hugo hugues humberto humphrey husain husam hussam hussein huub huw huy
hyun-woo hywel håkan håkon héctor hélder hélio hùng hüseyin iain ian ibrahim ichiro ido
idris ieuan ifan iftikhar ignacio ignacy ignat ignatius ignazio igor ihaia ihor ijaz ikaika
ikechukwu ikenna iker il-sung ilan ilhami ilias ilie ilir ilker ilkka ilya ilyas imran imre
indranil ingemar ingo ingvar innokenty inzamam inácio ioan ioane ioannis iosefa iraj iraklis
irfan irwan isaac isaiah isaias isamu ishaan isidore isidoro isidro ismail ismaila issa
istván itai italo itamar itzhak iulian ivan ivar ivaylo ivica ivo iván iwan iñaki iñigo
jaafar jaap jabari jaber jabulani jace jacek jacinto jack jaco jacob jacobo jacobus jacques
jaden jae-hyun jae-in jae-yong jafar jafaru jagdish jagmeet jaime jair jairo jake jakob
jakub jalal jalen jamal jamar james jamil jamshid jannie jannik jannis janusz jared jari
jarkko jarle jarmo jaromír jaroslav jarosław jarrod jason jassim jatin jaume javad javed
javier jawad jaxon jaxson jayant jayden jayesh jaylen jayson jean-baptiste jean-christophe
jean-claude jean-françois jean-jacques jean-louis jean-luc jean-marc jean-michel jean-paul
jean-philippe jean-pierre jean-yves jedidiah jef jeff jeffery jeffrey jejomar jelani jelle
jelmer jens jerald jeremiah jeremy jermaine jeroen jerome jerry jerzy jerónimo jesper jesse
jesús jethro ji-hoon jiabao jiahao jianguo jianjun jianming jianwei jibrin jide jihoon jim
jimmy jin-woo jindřich jinping jintao jiro jitendra jiří joachim joakim joao joaquim joaquin
joaquín jochen joe joel joey johan johann johannes john johnny joko jomar jomari jon jonah
jonas jonathan jone jonel jong-il jong-un joonas joop joost jordi jorge joris josaia joscha
jose josef josep joseph josh joshua josiah jostein josué josé jouni jovan joydeep joão joël
juan juanito judah jude juergen juha juhani juho jukka julian juliano julien julio julius
julián juma jun-ho jun-young junaid jung-ho junichiro junjie juraj jurgen jurriaan juscelino
jussi justin jyrki jános jérôme jóhann józef józsef jörg jörgen jørgen jørn júlio jürgen
jędrzej kaan kabir kabiru kacper kaden kadir kailash kaito kaleo kalevi kalle kaloyan kamal
kamil kamran kamrul kapil karan kareem karel karim karl karl-heinz karol karthik karthikeyan
kartik kasper kassim kastriot katsuya kauko kaushik kauã kaveh kayden kayode kazem kazim
kazimierz kazuki kazuo keanu kebede kees keijo keir keith kekoa kellan kemal ken kenan
kenenisa kenichi kenji kenneth kenny kenta kentaro keoni keqiang kerem keshav ketil kevin
kgalema khairy khaled khalid khalil khaya khoa khosrow khurram kiarash kibrom kidane kieran
kilian killian kimmo kiril kirill kishore kittisak kiyoshi kjell kjetil klaas klaus
klaus-dieter kleanthis knut kobina kobus kodjo kodzo koen kofi koji kojo kolawole koldo
komla konrad konstantin konstantinos koos koray kossi kostas kostya kosuke kourosh krasimir
kriangsak kristian kristján kristoffer krystian krzysztof kun-hee kunal kunio kunle kurt
kuzma kwabena kwadjo kwadwo kwaku kwame kwamena kwami kwasi kweku kwesi kyle kyler kylian
kyriakos kyösti kálmán károly kåre lachlan ladislav lahcen laith lajos lakshman lambros
lamont landon lanre lapo larbi larry laurence laurent laurențiu lauri lauro lawrence leandro
lech leevi lefteris leif leiv lekan leland len lennart lenny leo leon leonard leonardo
leonel leonid leonidas leopold leopoldo leroy lester leszek lev levent levente levi liam
libor lieven lindani linus lionel lisandro livio liviu ljubiša ljubomir llewellyn lluís
llywelyn lodewijk lodovico logan lonwabo lorcan lorenzo lothar louis loukas lourenço loïc
luan luay lubomír luboš luc luca lucas lucian luciano lucien lucio ludovic ludwig ludwik
luigi luis luiz lukas luke lukáš lunga lutz luuk luvuyo luís lyle lyndon lyuben lyubomir
lászló léo lúcio maarten macario maciej madhav mads magnus mahad mahathir mahendra maher
mahesh mahmoud mahmud mahmudullah mahmut mahyar majid makis makoa maksim malachi malachy
malcolm malte malthe mamun mandla manfred manish manjunath manmohan manny manoj manolis
manouchehr mansour manuel maqsood marc marcel marcelino marcello marcelo marcin marco marcos
marcus marek mario marios marius mariusz markku marko markus marlon maroš marten marthinus
martim martin martti martín marvin marwan masahiro masao masaru masato masayoshi masixole
masoud massimiliano massimo mateo mateus mateusz matheus mathias mathieu mathijs mathis
matija matiu matt matteo matthew matthias matthieu matti mattia matvei matvey matías matúš
matěj mauno maurice mauricio maurizio maurício maxim maxime maximilian maximiliano maximus
maxwell mayank maynard mazen mazyar mcebisi mehari mehdi mehmed mehmet mehran mehrdad
meirion mekonnen meles melvin menachem mengistu menno mert mesfin metin micah michael
michalis michał michel michio mick mickey mieczysław miguel mihai mihir mihály mikael
mikaere mike mikel mikhail mikkel mikko miklós mikołaj milad milo milorad miloš miltiadis
min-ho min-jun minjun minoru miodrag miquel mircea mirko miroslav mirosław mitsuo mizanur
miłosz mladen mlungisi mmusi moacir mohamad mohamed mohammad mohammadreza mohammed mohamud
mohan mohanan mohannad mohit mohsen mohsin moisés mojtaba mokhtar momchil momčilo mordechai
moritz morné morten morteza mortimer mose moshe mostafa mounir mourad moussa moustafa mrinal
mthunzi mubashir mudassar muhamed muhammad muhammadu muhammet muhannad muhyiddin mujtaba
mukesh mukhtar muktar mukul mulatu mulugeta muneeb munir muqtada murad murat murdo murilo
murtala murugan musa mushfiqur mushtaq mussie mustafa mustapha mutaz muthu muyiwa muzaffar
mxolisi mykhailo mykola myung-bak mzwakhe mzwandile márcio márton nabil nachum nadav nadeem
nader naeem naftali nagaraj nagarjuna naguib nahuel naji najib nakul naoki naoto narendra
naresh narong nasir nasiru nasser natan nate nathan nathaniel natnael nauman naveed naveen
navid navin nawaf nazar neal nebojša necati necdet ned nedim neeraj negash neil nektarios
nemanja nenad neville nevzat nghĩa niall niccolò nicholas nicolae nicolas nicolás nicolò
niels nigel nihat nikau nikhil niklas nikolai nikolaos nikolay nikos nilesh nils nilton nir
nitin nitish niyi nizar njabulo njål nkosinathi nnaemeka nnamdi noah noboru nobuo nobuyuki
norbert norberto norman nouman noureddine noé nuhu nuno nunzio nuri nándor néstor obinna
obiora octavio octavius oddvar odysseas ofer ognjen ognyan ohad oier oisin oisín okan
okechukwu oktay oladele olaf olav oldřich ole oleg oleh oleksandr oleksiy oliver olivier
olli olof olumide olusegun oluwole omar omari omid omkar omri ondřej onni onur orazio oren
orhan oriol orville osama osamu osian oskar osmo ostap osvaldo oswald othman othmane otis
ottavio ottmar otto otávio ovidiu owain owen ozan oğuz paavo pablo paco padraic padraig
palle panagiotis pancho pankaj panos pantelis paolo paresh parth partha parvez parviz
pascual pasi pasquale patrice patricio patrick patryk paul pavel pavlos pawan paweł payam
peadar pedram pedro pejman pekka pentti pepe percival percy pere periklis pertti pervez
petar pete peter petr petri petrit petro petros petru petter peyman phil philip philipp
philippe phillip phineas phong phumlani pierluigi piero pierpaolo pierre pieter pietro
pinchas piotr piyush plamen platon porfirio poul pouya prabhas prabowo pradeep prajwal
prakash pramod pranab pranav prasert prashant prateek pratik praveen prayut prayuth preben
predrag prem pritam prithviraj prosenjit przemysław pyotr pádraig péter přemysl qais qasim
qiang quang quentin quim quinton rabih rabindranath rabiu rachid radek radim radomír
radosław radovan radu raed rafael rafał raffaele rafiq rafizi raghav raghu ragnar raheel
rahim rahul raimo raimondo raimundo rainer rajasekhar rajat rajeev rajendra rajesh rajib
rajiv rakesh rakshit ralf ralph ramadhani ramakrishna raman ramasamy ramazan ramesh rami
ramin ramiro ramon ramzi ramón ranbir randall randolph randy ranveer raphael raphaël rashad
rashed rasheed rashid rashidi rasmus ratko raul rauno ravi ravindra rawiri rayan raymond
raúl recep redouane reggie reginald reginaldo rehan reidar reijo reinaldo reiner reinhard
reinhold remigiusz remo renato renaud rené reuben reuven reynaldo reza rhodri rhys riaan
riad ricardo riccardo richard rick ricky ridha rigoberto rik riku rinaldo rishi risto ritesh
rizwan roald robbie robel robert roberto rocco rodel roderick rodion rodney rodolfo rodolphe
rodrigo roel rogelio roger rogério rohan rohit roland rolando rolf romain romeo ronald
ronaldo ronen ropata roscoe rosendo rostam rostislav rotimi roy ruairí ruan ruari ruaridh
ruben rubens rubén rudi rudolph rudy rufus ruggero rui rumen rupert ruprecht ruslan rutger
ruud ryan ryker ryosuke ryota ryszard ryuichi ryusei régis rémi rémy rüdiger răzvan rıza
saad sabatino sabelo sabri saburo sabyasachi sachin sadiq sadık saeed safet sagar sahil saif
sajid sajjad sakari sakchai sakhumzi salah saleh salih salim salisu salman salvatore sameer
samir samuel sandeep sandile sandro sang-woo sani sanjay sanjeev sanjib sanket santosh saqib
saravanan sarfraz satish satoshi satyajit satyanarayana sauli saurabh saurav saverio savva
savvas saúl schalk sead seamus sean sebastian sebastiano sebastien sebastián sebastião sedat
sefo sefu segun seifu seiji sekhar selim semere semih semisi semyon senad senthil senzo
seo-jun sepp septimus serdar serge sergei sergey sergi sergio sergiu sergiy serhiy serkan
seru seth seung-hoon severino seweryn seymour seán shabani shafiqul shahbaz shahid shahidul
shahram shahzad shahzeb shailesh shakeel shakib shane shapour sharjeel sharmarke shaul shaun
shawn shehu shekhar sheldon shigeru shimon shinji shinzo shiv shivakumar shlomo shmuel
shoaib shohei shota shpend shreyas shubham shubhankar shui-bian shuichi shuji shunsuke shyam
shyamal siamak siavash sibusiso siddharth siebe siegfried sietse sifiso sigit sigmar sigurd
sigurður silas silvestre silvio silviu simo simon simón sinan sindre siniša sione siosaia
sipho sitiveni sivakumar sixten siyabonga sizwe sjoerd skënder slamet slobodan snorre
sofiane sohail sohel sohrab sokratis solomon sombat somchai somnath somsak sorin soroush
sota sotiris soumitra sourav spyros sreejith sreekumar srettha sridhar srinivas srinivasan
srđan stan stanislav stanisław stanley stathis stavros stefaans stefan stefano stefanos
steffen steinar stelios sten stepan stephane stephen steve steven stig stijn stjepan stoyan
struan stuart stéphane subhash subramanian subrata sudeep sudheer sudhir sudipto suhail
sujit sujoy suk-yeol sukhbir sule suleiman sumit sundar sune sung-ho sung-hoon sung-min
sunil supachai surachai suraj suresh sushil susilo susumu sutrisno svatopluk svein sven
sverre svetoslav svyatoslav sylvain sylvester szabolcs szymon sándor séamus sébastien sérgio
sönke sören søren süleyman sławomir sơn tadao tadashi tadeo tadesse tadeusz tadhg tae-hyun
tahar taher tahir tahsin takahiro takashi takeo takeshi takis takumi takuya talal talha
tamati tamer tamihana tamim tamrat tamás taneli taner tanguy tanko tanmay tanmoy tanveer
tanvir taoufik tapan tapani tapio taras tarcísio tarek tariq tarun tarık tasos tatsuya
tavita tawfiq tayyip ted teddy teemu teguh tekle teklu temesgen teodoro terence terje tero
terrance terrence teruo tesfalem tesfaye tetsuya teun tevita tewodros teófilo thabo thaddeus
thaksin thamer thanakorn thanasis thanawat themba thembinkosi theo theodore theodoros theuns
thiago thibault thibaut thierry thijs thilo thodoris thomas thor thorsten thulani théo thắng
thịnh tiaan tiago tianyu tibor tiernan tihomir tijani tikhon tilman tim timo timotheos
timothy timothée timur tipene titus tivadar tiziano tobey tobias toby tobías todd todor
tolga tom tomasz tomer tomislav tommaso tommy tomos tomoya tomás tomáš tony topi torbjørn
torgny torleif torsten toru toshiaki toshio toshiro touraj traian travis trefor trevor trey
tristan tristram troels trofim trond trung tsegaye tshepo tsung-han tsuyoshi tsvetan tuan
tullio tuncay tunde tunji tuomas tuomo turgut tushar tuvia tuấn twan tymon tyrell tzvi
uberto uday udo ufuk ugo ugochukwu ulf ulises ulisses ulrich ulrik ultan ulysses umar umaru
umberto umesh unai unnikrishnan urho uri uroš usama usman utkarsh uttam uwe uğur vadim vadym
vahid vaibhav valdemar valdir valentin valentino valentín valerio valeriy valon valter
valtteri vangelis varun vasco vasil vasile vasileios vasilis vasily vasyl vedant vegard
veikko veit veli veljko velu venkat venkata venkatesh vernon vesa veselin vicente victor
vidar viggo vignesh vijay vijayakumar vikas vikram viktor viliami ville vinay vince vincent
vincenzo vineet vinh vinod vinícius viorel vipin virgil virgilio vishal vitaliy vitaly vito
vitor vittorio vivek vladan vladimir vladimír vladislav vlado vlastimil vojislav vojtěch
volkan volker volodya volodymyr vsevolod vuk vusi vuyani vyacheslav václav väinö víctor vít
vítor wacław wael waheed waisale waldemar wale waleed walid wally walt walter wannes waqar
waseem wasim wassim waylon wayne weiguo weiming wenbo wenceslao wendelin wendell werner
wesley wessel wian wibowo wichai wiesław wiktor wilbur wilco wilfred wilfredo wilfried
wilhelm willem william wim winfried wirat wiremu witold wojciech wolfgang wondimu woo-jin
woodrow worawut wout wouter wyatt wynand władysław xabier xavi xavier xenofon xolani yaakov
yago yahya yair yakov yakubu yakup yalçın yann yannick yannis yaron yaroslav yash yasin
yasir yasser yassine yasuhiro yasuo yavuz yazan yazeed yazid yechiel yegor yehiel yehoshua
yehuda yemane yevgeniy yevgeny yevhen yiannis yigal ying-jeou yisrael yitzchak yitzhak yiğit
yngve yoav yoel yogesh yohannes yoichi yonas yonatan yong-jun yosef yoshihide yoshihiko
yoshinori yoshiro yossi youcef young-soo youri yousef youssef yuhang yuichi yukio yunus yura
yuriy yusuf yusufu yusuke yuta yuto yuvraj yuzuru yves zach zachariah zacharias zachary zack
zafar zafer zaheer zaher zahid zaid zakaria zakariya zakhar zalman zander zane zayden zayed
zbigniew zbyněk zdeněk zdravko zdzisław zedong zeeshan zeev zeke zeki zemin zhenhua zhenyu
zhihao zhijun zhiqiang zhivko zhiwei zhiyong ziad zihao zinedine zlatan zlatko zolani zoltán
zoran zsolt zuberi zuhair zulfikar zvi zvonimir zwelakhe zweli zwelinzima zygmunt ádám ákos
álvaro árpád åke åsmund çağlar éamon édouard étienne ólafur óscar ömer øyvind đạt đức
ľubomír ľudovít łukasz şükrü štefan željko niko jouko veiko aleko heikko
"""

MORE_FEMALE_NAMES = """
aaliyah aarti abbie abby abeba abeer abena abigail abimbola abla abrehet achieng adaeze
adaku adalyn adalynn adanna adaobi adaora addilyn adele adelheid adelina adeline adelynn
adenike adhiambo adina aditi adjoa adriana aduke adunni adwoa adèle adéla afaf afia afroditi
afsana afsaneh afua agata agatha agathe agnes agnese agneta agnieszka agnès agustina aicha
aikaterini aiko ailbhe aileen ailsa ainara aine ainhoa aino aisha aishah aishwarya aisling
aitana akanksha akansha akemi akiko akinyi akorfa akosua akua alaina alana alani albana
alejandra aleksandra alena alessandra alessia alexandra alice alicia alicja aliki alina
aline alison aliya alka allie allison almaz almira almut alyona alyssa amahle amaia amaka
amanda amarachi amaya amela amelia amina aminah amira amiyah amna amparo amra amran amrita
amy amélie ana anahera anahita analyn anamika ananya anastasia anastasiya anaïs anca andreea
andreia andrijana aneta angela angelica angelika angeliki angelina angharad anikó anila
anindita anisa anita anitha aniyah anja anjali anju anke ankita ann anna anna-karin
anna-maija annabelle annalena annalisa anne anne-marie anne-sophie annegret anneke anneli
annelie annelies anneliese anneline annemarie annemiek annette annick annie annika
annunziata anouk antigoni antje antjie antoinette antonella antonia antonina anu anum
anupama anusha anushka anya anyango aoibheann aoife aoko aparna apinya apolline aqsa araba
arabella araceli aramide archana areeba argyro ariah ariana ariane arianna ariella arielle
arina ariyah arjeta arlette aroa arpita aruna arundhati asabe asami asantewaa asena asha
aslaug aslı asma asmaa assunta astri astrid aswathy atefeh athina atieno atsuko aubree
audrey aurélie ava awino axelle aya ayaka ayako ayala ayana ayane ayelet ayesha ayla aylin
ayse aysel ayten ayu ayumi ayşe ayşegül azadeh azeb aziza azizah azra azucena aïcha babalwa
bahareh balaraba banu barbara barbora basma batsheva batya başak beata beate beatrice
beatriz begoña behnaz belinda bella belma benazir benedetta bente berit berna bernadette
berta betelhem bethan bethany bettina betty betül beyza beáta bhavana bhavya bhumika bianca
biljana bilkisu bilyana bimpe binta bipasha birgit birgitta birtukan bisola blandine blanka
blathnaid blerina blerta boglárka bogumiła bogusława bongiwe boryana bosibori bożena božena
bracha branka bregje brenda brianna bridget bridgette briella brielle brigid brigitta
brigitte brinley britt britta brittney bronwen bruna brunella brunhilde brynlee brynn bryony
bríd buhle bukola bulelwa bunmi burcu busaba bushra busisiwe bärbel béatrice bénédicte
bérénice büşra caitlin callie camelia camila camilla canan candice cansu caoimhe capucine
carla carlotta carmela carmen carola carole carolien caroline carolyn carys cassandra
cassandre catalina catarina caterina catherine cathy catriona cecilia cecily cecília celeste
celia celina celine ceren cerys chae-won chaitra chana chandni chanida chantal charlene
charlize charlotte chaya chebet chepkoech cherono cheryl chiamaka chiara chidinma chie
chieko chimamanda chinenye chinwe chinyere chioma chitra chiyo chloe chloé christa
christelle christiane christina christine christy chrysa chrysoula ciara cindy claire clara
clarissa claudia cliodhna clodagh clotilde cláudia clémence colette colleen conceição
concetta conchita consuelo cora coralie corazon corina corinne cornelia costanza cristiane
cristina csilla cynthia czesława cécile céline cătălina da-eun dafina dafna dagmar daleyza
dalia damini danai daniela danielle danijela danièle danuta daphne daria darya dearbhla
debjani debora deborah debra deepa deepika deepthi deeqa defne deirdre delilah delphine
denisa denise derya desislava despina devi devorah dewi diana diane dijana dilara dilek
dilma dimakatso dimitra dina dineo divya doina dolores dominika donatella donika donna doris
dorota dorothee dorothy dorte dragana drahomíra drita duaa duangjai dubravka dunya duygu
dvora dzifa débora dóra dörte dženana ebba ebru ece eda edda edeltraud edith edona eduarda
edyta eeva efi efua eija eila eileen eilidh eilís eimear einat eira eirini eithne ekaterina
ekta ekua elaina elaine eleanor eleftheria elena eleni elenoa eleonora eleri elfriede eliana
eliane elif elin elina elisa elisabeth elisabetta elise elitsa eliza elizabeth elizaveta
eliška elke ella ellen elli elliana ellinor elma elmarie elna elnaz elodie eloise elpida
elsabe elsie elspeth elvira elçin elżbieta emanuela emel emelie emer emersyn emese emi emiko
emilia emily emina emine emma emmanuelle emmeline emmi encarnación enikő enrica enyonam eri
erica erika eriko erlinda erzsébet esen esi esin esinam esma esme esmé esra estefanía
estelle esther esti eszter ethel etsuko eugenia eun-hee eun-ji eun-young eunice eva
evangelia evangeline evdokia evelyn evelynn everleigh everly evgenia evie ewa ewelina ezinne
faadumo fabienne fabiola fadumo fadwa faiza fariba faridah farideh fariha farnaz fartun
farzana fatemeh fatima fatma fawzia federica felicity femke fenna fenne fereshteh feride
fernanda feven ffion fiadh filipa filiz fiona fionnuala fiorella fitri fitriani fjolla flore
florencia florentina flutura folake foluke forough foteini fotini fouzia fowsiya fozia
frances francesca francisca franziska françoise frauke freweini freya frida frieda
friederike froukje frédérique fumiko funke funmi funmilayo fusako fátima gabriela gabriella
gabrielle galina galit gamze garima gayathri gayatri gaëlle geertje geeta geke gemma
genevieve geneviève genowefa genzebe georgiana georgina geraldine gerda gergana gertrud
gertrude gesa gesine geun-hye ghada ghalia giada gianna gillian gina ginette ginevra giorgia
giovanna gisela giselle gita gitta giulia giuliana giuseppina gizella gizem gladys gloria
golnar golnaz golshifteh gordana gracelyn gracie graciela grainne graziella grażyna greta
grethe gro gráinne gudrun gugu guiying gunhild gunilla guri gurleen guðrún gwen gwenaëlle
gwendolyn gwenllian gwyneth gönül gözde gülay gülten gülşen ha-eun hadas hadassah hadeel
hadiza hafsa hafsat hailey hajar hajara hajnalka hajra hala haleh haley halima halina halla
halyna hana hanako hanan handayani hande hanna hannah hanne hanneke hannele hannelore harini
harleen harriet harshita haruka haruko harumi hasina hassana hatice haunani hauwa hawa hayat
heba hedda hedvig hedwig hege heidi heidrun heike helen helene helga hella helle helmi
heloísa hema henrietta henrike hessa hester hiba hibaaq hila hildegard hilkka hillary hina
hine hira hiroko hirut hisako hitomi hiwot hlengiwe hodan homa honoka hsiu-ying huda huhana
humaira huong hussaina huyen huyền hye-jin hye-won héloïse hélène hülya hương hằng ibtisam
ida idil ifeoma ifrah iida ijeoma ikuko ilana ilaria ilayda ildikó ileana iliana ilknur
ilona ilse imani imelda imke immacolata imogen inas inbal indira ineke ines ing-wen ingeborg
ingegerd ingela inger ingrid ingvild inkeri inmaculada inna intan intisar inès inés ioana
ioanna ipek iqra iram irati iratxe irem irena irene irina irit irja irmgard iryna irène
isabel isabela isabella isabelle isadora isha ishani ishita isla ismini istahil itziar iulia
ivana ivanka ivete iwona iyabo izabela izabella jaana jacqueline jada jadranka jadwiga jaleh
jamila jana jane janelle janet janice janina janneke jantine jarmila jaroslava jasleen
javeria jayalalithaa jayanthi jazmín jeanne jeannine jehona jelena jenna jennifer jenny
jennylyn jeptoo jessica jhumpa ji-eun ji-hye ji-yeon jihan jikke jildou jill jimena jintana
jitka jiřina joana joanna joanne jocelyn jocelyne johanna jolanda jolanta jolene jolán
jonalyn jonida jorunn josefina josephine josiane josie joséphine joyce juana judit judith
judy jule julia juliana julianne julie juliet juliette jumana jumoke junko justine justyna
jutta jyotsna jéssica jóhanna júlia kaarina kaia kaija kailani kaisa kaitlyn kajal kalina
kalliopi kalpana kaltun kamala kamila kamini kanako kanika kanimozhi kannika kanokwan kaori
karen karima karin karlijn karolina kartika kartini kassiani katalin katariina katarzyna
katayoun kate katelyn katerina kateřina katharina katherine kathleen kathrin kathryn kathy
katie katina katja katrin katrina katrín kavita kavitha kavya kawira kawthar kayla kaylee
kazimiera kazue kazuko keerthi kehlani keiko keira keisha kemi kemunto keren kerstin khadija
khadijah khadra khaleda khanyi khanyisile khawla khloe khrystyna khushi kiara kidist
kikelomo kiko kimberly kimiko kinga kinsley kinza kira kiri kirsi kirsten kirsti kirsty
kitti kiyoko klara klaudia klára komal konadu konstantina krasimira kristen kristiina
kristin kristina kristín kristýna krisztina kriti krystyna ksenia ksenija kseniya kumiko
kwamboka kylie kyoko kyriaki kátia kübra ladan laetitia laia laiba laila lakisha lakshmi
lalitha lamai lamia lamija lamya lana lanying larai larisa larissa lashonda lata latifa
latifah latisha latonya latoya laura laure lauren lavanya lavinia layla laëtitia lea leah
leela leena leia leila leilani leire lejla lemlem lena lene leni lenka leona leonie leonor
leonora lerato lesieli lestari lesya letizia lettie letícia lexi leyla liat libuše lidia
lidiya lieke lieselotte liesl lieve liisa lila lilah lilia liliana liliya lilla lillian
lilliana limor lina linda lindita lindiwe lingling linnea liora lisa lisanne lisbeth lise
liselotte litia litsa liv livia liya lizelle liên ljiljana ljubica loes lois lokelani
loredana lorena lorna lorraine losaline lotta lotte lottie loubna louise lovisa lowri luana
lubna lucia luciana lucie lucienne lucile lucille lucrezia lucy lucyna lucía ludmila
ludovica luisa luise luiza lujain luminița lupe lupita luwam luzviminda luíza lydia lyla
lyubov lyudmila léa léonie lívia lúcia maarit maartje maayan mabel maci madalena madeleine
madeline madelyn madhavi madhuri madiha madilyn maeve mafalda magdalena magdalini magdaléna
magdolna maggie maha mahboubeh maheen mahima mahira mahjabeen mahlet mahnaz mahnoor mahsa
mahshid mahua mai maija mairead mairéad maisie maite maja majida makayla makena makenna
makerita mala malak malala malathi malee malia malika malin mamata mamello mami manal mandy
manisha manjula manon manuela mara maraea marcela marcella marcelle marcia mareike margaret
margareta margarete margherita margit margo margot marguerite maria mariah mariam mariana
marianna marianne maribel maribeth maricel maricela maricris marie marie-claire marie-france
marie-hélène marieke mariel mariella marietjie marija mariko marilou marilyn marisa mariska
marisol marissa marit marites marivic mariya marja marjan marjatta marjolein marjorie
markéta marleen marlene marlies marlize marloes marta martha marthe martie martina martine
martyna marwa mary maryam maryan marzena maría masako masha mathilda mathilde matilda
matilde maud maureen mayada mayra maysa maysoon mayssa mayu mayumi maëlle małgorzata mbali
mckenna meaza mechthild meena meenakshi meera megan megawati megha megumi mehreen mehri
mehwish mei mei-hua mei-ling meihua meike meiling meital mekdes melanie melek melike melina
melinda melis melissa meltem meral merav mereana merete merima meritxell merve mervi meryem
meseret mette mette-marit mhairi mi-kyung mi-ran mi-sook mi-young mia micaela michaela
michela micheline michelle michiko michèle midori mieke mieko mihaela miho miku mila milada
mildred milena milica milla millie min-ji min-seo minako minette minna minoo mira miranda
mireia mireille mirela mirella miren miri miriam mirja mirjam mirjana miroslava mirosława
mitali mitsuko miwa miyuki moana modupe mohini mojgan mollie molly momoko mona monica monika
monique montse moraa morag morenike moushumi muireann muna muneeba muriel muthoni mwajuma
mwanaisha mya myla mylène myra myroslava myrto myung-sook máire márcia mária márta méabh
mélanie mónica mónika mônica müge mădălina na-yeon naama nabanita nabila nadezhda nadia
nadine nadiya naděžda nafula nahla naiara naila naima najat najla najma najwa nalani naledi
nalini namrata nanami nancy nandini nandita nanjala naoko naomi narges nargis nasimiyu nasra
nasreen nasrin nastya natalia natalie nataliya natalya natasa natasha nataša nathalie
nattaya natália natálie nava nawal nazan nazanin nazia nazlı nebahat nechama necla neda
neelam neema neetu nefeli negar neha nekesa nele nell nellie nenita nerea nesrin nesrine
nessa neus nevaeh nevena nga ngaio ngaire ngozi nguyet nguyệt nhi nhung nhàn nia niamh
nicole nicoleta nicoletta nida nidhi nienke nihan nikolett nilay niloufar nilufar nilüfer
nimco nina nirmala nisha nisreen nithya niusha njeri nkechi nneka nnenna nobuko noelani
noelia noelle noemi noga nokuthula nokuzola nokwanda noluthando nolwazi nomakhosazana
nomalanga nomathemba nombulelo nomcebo nomfundo nomsa nomvula nomzamo nonhlanhla noora
noortje nora noraini norhayati noriko norma nosheen nosipho noushin novita noxolo nozipho
noémi noémie nthabiseng ntombi ntombizodwa nuala nurcan nurhayati nuria nurit nyaboke
nyambura nyla nyokabi nóra núria oana oanh obiageli octavia océane odette ofra ogechi oksana
oleksandra olena olesya olga olivera olivia oliwia oluchi oluwakemi omolara omotola oona
oonagh ophélie orathai orietta orit orla orlaith ornella orsolya osnat ourania outi oya
padmini paige palesa pallavi paloma pamela panagiota pania paola paraskevi pari parisa
paromita parvaneh parvathy pascale patricia patrizia patrycja patrícia paulette pauliina
paulina pauline pavithra pavla paweena payal penelope pensri pepita perihan perlita pernilla
pernille perrine petra phindile phoebe phyllis pia pina pirjo pirkko piroska pokua polina
polly pooja poonam pornthip pranee pratibha preeti prerna priscila priscilla priya priyanka
pualani pumla puspita putri päivi pınar quyên rabab rabia rachael rachel rachele rachida
radha radhika radka radmila radostina raelyn raelynn rafaela raffaella raghad ragnheiður
ragnhild rahama rahayu rahel rahma raija raisa rajaa rajni rakiya raluca ramatu ramya randa
randi rangimarie rani rania ranjana raquel rasha rashmi ratchanok ratih ratna rawan raymonde
razan rebeca rebecca reem refilwe regine rehema reiko rekha renata renate renske renu renée
retno reut revathi rhian rhiannon rhona riana rianne ricarda richa rie riikka riitta rika
rikke rima rimsha rina rinat rini riona ripeka risa rita ritu rituparna ritva rivka riya
roberta rocío rodica rohani rohini roisin rokeya roksana romana romina romy ronel ronit
ronja ronke roos rosa rosalie rosalind rosalinda rosalinde rosalía rosana rosanna rosario roselyne
rosemarie roser roshni rosie rosita rositsa rosmah rossella roswitha roula rowena roxana
roxanne roya rozália ruba rubina ruchi rudina rukhsana rukmini rumana rupa ruqayya ruqiya
ruth ruti ružica ryleigh régine réka róisín saadet saba sabine sabrina sabrine sachiko
sadako sadhana sadhbh sadia sadie safaa safiya sagal sahar sahra saida saima saira sakshi
sakura salamasina sally salma salmiah salote salwa samaneh samantha samar samia samina
samira samra samsam sana sanae sanaz sandhya sandra sandrine sanet sangeeta sangeetha sania
sanja sanna sanne sanni saoirse saori sapna sara sarah saranya saraswati saratu sarit sarita
sarojini saron sasithorn saskia satomi satu savita savitri sawako sawsan sayaka sayuri
scarlett seda seema sehar seija seini selam selena selin semhar semra senada senait senayt
seo-yeon serap serena serwaa setareh setsuko sevda sevgi sevim shabana shabnam shahd shahla
shahnaz shaima shaista shalini shameka shanelle shani shanice shaniqua shanthi shanti
sharifa sharlene sharmila sharmin sharmistha shazia sheena sheetal sheila shiela shilpa
shiori shira shirin shirley shizuka shlomit shobana shobha shoko shona shoshana shraddha
shreya shruti shu-fen shulamit shumaila shweta shyamala sian sibel sibongile sibylle sidonie
sidra sieglinde sieni sietske sigal signe sigrid sigríður siham silke silvia silvie silviya
sima simin simona simran sindisiwe sindiswa sinead sinem sini sinta sinéad siobhan siobhán
sirikit siriporn sirpa sissel siti siv siân slavica slađana smita sneha snezhana snežana
so-hee so-yeon sobia sofia sofiya sofía soheila solange solomiya solveig solène somsri sonal
sonali songül sonia sonja sonya sophia sophie soraya sorcha sorina sotiria souad soudabeh
souha sowmya soňa srabanti sreeja sreelekha srividya sruthi stacey stacy stanislava
stanisława stavroula stefania stefanie stefka stella stephanie stina stéphanie suad subira
sucaad sucad sucheta suchitra sudeshna sudha suha suharti suhasini sujata sujatha sukanya
sukhmani sulastri sumaira sumaiya sumaya sumayya sumbul sumiati sumiko sun-hee sunaina sunee
sunette sunita sunitha supaporn supriya susan susana susanna susanne susanti sushma sushmita
suvi suzana suzanne svenja svetlana swathi swati sybille sylvia sylviane sylvie sylwia
synnøve szilvia ségolène séverine síle sílvia sônia sølvi tabassum tabea tabitha tahani
tahereh tahira tahmina tahmineh taina taisiya takako talatu tali talia tamar tamara tameka
tamika tamiko tanisha tanja tanuja tanushree tanvi tanya taraneh tarja taslima tasneem
tatiana tatyana tayyaba teagan tegan tehila teodora teresa teresita tereza terhi terttu
terézia tessa tetiana teuta thalia thandeka thandi thandiwe thanyarat thao thaís thea
thembeka thembi theodora theresa thuli thuraya thuy thérèse thư thảo thủy tiana tiffany
tigist tiina tijana tijen tina tineke tingting tipawan tirunesh titilayo tiziana tomoko
tomomi torill toshiko tova tove trang treasa trine trisha truus trâm tsega tsehay tsvetanka
tuija tulasi turid tuti tuula tuulikki tuyet tuyết tuğba tyra tzila tzipi tzipora tânia
tímea tülay türkan ubah ugochi uju ulla ulrika ulrike ulyana uma unni urmila ursula urszula
usha uxue uyên uzma uzoamaka vaishali valbona valentina valeria valerie valéria valérie
vandana vanessa vanitha varda varsha varvara vasanthi vasiliki vasilisa vasundhara veera
vendula vera veronica veronika veronique vesela vesna vibeke vibha vicky vida vidya viera
vigdis vijaya viktoria viktoriya viktória vincenza vinita viorica virginie virpi vittoria
vitória viveka viviana vivien vivienne višnja vjosa vlada vân véronique věra wafa wafaa wahu
wairimu waithera waltraud wambui wanda wangari wangui wanida wanja wanjiku wanjiru waraporn
warsan wati wenche wendy weronika widad widya wiebke wiesława wietske wikitoria wiktoria
wilaiwan wilhelmina willemijn wilma winifred winnie wioletta wissal wulan wunmi wuraola
władysława xaliimo xiaomei xiaoyan ximena xiulan xiuying ya-ting yael yafa yamini yana yanet
yanira yanti yara yardena yaroslava yasaman yasemin yasmeen yasmin yasmina yasmine yasuko
yağmur ye-jin yehudit yekaterina yelena yeliz yesenia yeshi yetunde yevgenia yeşim yifat
yingluck yingying yocheved yodit yoko yolanda yolande yonit yordanka yoshiko young-hee
yousra yu-na yua yui yuina yuka yukari yuko yulan yulia yuliana yuliya yumi yumiko yuna
yuriko yurub yusra yvette yvonne yến zahira zahra zaina zainab zaira zakia zamzam zandile
zanele zawadi zaynab zdeňka zdravka zdzisława zeenat zehava zehra zeina zeinab zelda zelna
zenaida zerrin zewditu zeynep zhanna ziba zinaida zineb zinhle zintle zinzi zlata zodwa zoe
zoey zofia zohra zohreh zoleka zorana zoriana zorica zornitsa zoubida zoya zoé zoë zsuzsanna
zsófia zubaida zuhal zukiswa zuraida zuri zuzanna zübeyde ágnes áine ángela ásdís åsa éabha
édith élisabeth élise élodie éloïse éléonore émilie éva évelyne özlem úna ľudmila şeyma şule
šárka żaneta ștefania
"""

# From the 1990 US census lists of first names (public domain), the more frequent ones not
# above; names that are also common surnames, words, months or places are left out.
CENSUS_MALE_NAMES = """
dustin glen mathew armando salvador rickey cesar johnathan alton jonathon myron wilbert
kristopher clint ismael erick darrel darin randal timmy darrin dominick dewayne bret stephan
efrain rodger eldon freddy russel monte curt agustin kermit scotty elvin hal elwood moises
bryon alvaro jeffry dane joesph rusty monty adolph derick alphonso vern hiram nickolas
quincy issac carmelo donny linwood beau galen delmar johnathon charley trenton kurtis
winfred collin emory mariano danial branden adan wilmer zachery josue edwardo wilford sonny
theron raymundo daren robby arron herschel garth ronny kennith mervin jamel lazaro alphonse
randell arnulfo thad mitch abe lanny isiah emile elmo aron everette eloy rodrick jerrod
lemuel jules eliseo antwan alden margarito dino normand kieth jerold christoper alfonzo
wilton jamaal brenton olin faustino judson alec jarred donn tad lenard chauncey mel kory
augustus keven sal orval olen anibal jed amado delmer rolland kenton damion antone waldo
fredric bradly kip burl jefferey
"""

CENSUS_FEMALE_NAMES = """
bonnie edna thelma carrie juanita rhonda debbie michele bertha darlene joann bernice vivian
laurie sue vicki terri tonya bessie delores arlene lillie minnie glenda marian dora vickie
mattie maxine irma marsha myrtle patsy hilda jennie margie dianne velma toni mae sherri
margarita sheryl kristi brandi blanche angie inez lynda jodi janie kristine fannie maryann
opal susie kristy mamie lula lola verna beulah jeannette pam kelli karla patty shelia lynne
sheri kara jacquelyn erma blanca leticia krista robyn adrienne traci kendra nichole mable
ernestine krystal kari dianna lora doreen desiree janis betsy freda lynette teri eula meghan
rochelle cecelia patti kellie darla mindy essie lorene elsa jeannie lela shari tami shawna
melba nettie kristie alisha aimee rena myrna marla tammie latasha bonita ronda sherrie addie
francine deloris stacie cheri cara rebekah dorthy effie trina reba sallie lenora etta kerri
nikki estella tracie lourdes elva ina bettie aida iva goldie cassie maude jenifer therese
dena janette rosetta cherie jillian dorothea trudy patrica kimberley shanna helena ola
janine alisa bette cecile joni rachelle leola alta ester imogene glenna keri lizzie shana
jayne jaclyn sondra tonia clarice jeanine angeline lily claudette cathleen angelia katharine
jodie staci christi luella margret socorro bobbi maritza deana lorie ladonna willa selma
dolly sybil marcy jeri ofelia meagan audra bettye virgie barbra leann rhoda adela nola
bernadine flossie nelda minerva terrie letha hilary estela valarie rosalyn earline corrine
tia sharron rae dona ericka jami elnora chandra neva marylou melisa tabatha avis jeanie
nannie harriett loraine milagros benita allyson ashlee tania esmeralda pearlie zelma malinda
noreen saundra amie althea clare elinor lorrie jerri darcy earnestine carmella marcie liza
louisa earlene carlene nita katy edwina margery dollie roxie roslyn kathrine nanette
charmaine lavonne ilene tammi suzette corine chrystal deanne lilian luann maryanne melva
lawanda madge kathie ophelia nona mitzi mari georgette claudine fran alissa roseann lakeisha
reva deidre chasity sheree carly elvia alyce gena briana rosanne wendi marva marietta marci
arline sasha janna deena aurelia josefa lessie amalia vilma rosella lynnette alfreda leanna
coleen tamra wilda karyn hallie erna enid jacklyn freida cathryn lelia casandra bridgett
angelita annmarie beryl millicent katheryn diann carissa maryellen liz gilda marquita hollie
tisha tamera angelique britney kaitlin lolita florine twila fanny janell alyson vonda pansy
letitia deann brandie louella leta felecia lesa herminia tori denice germaine michell
cortney nelly doretha deidra judi chelsey antionette nan leeann dessie kathi gayla latanya
mina mellisa kimberlee jasmin renae elda justina gussie emilie rocio edythe ashleigh lakesha
geri allene pamala dayna caryn rosalia jacquline marybeth krystle iola dottie griselda
ernestina elida adrianne demetria delma jaqueline arleen virgina retha tillie eleanore cari
treva birdie rosalee maurine latrice jena taryn elia debby maudie jeanna catrina shonda
hortencia robbin danette maryjane brianne nilda danna cindi iona winona racheal guillermina
eloisa caren malissa lona chantel shellie leora migdalia ivette christen athena janel veda
pattie tessie tera marilynn lucretia karrie dinah alecia vernice portia lashawn dara tawana
verda christin alene zella sandi candida alvina suzan lyn samatha oralia vesta renita delois
shanda phillis lorri cathrine barb isabell ione roxanna mayme kisha ellie mellissa annetta
zoila reta reina lauretta christal pilar charla elissa tiffani tana leota breanna jayme
carmel vernell tomasa mandi dominga melodie lura alexa tamela mirna kerrie felicita cristy
carmelita berniece tiara roseanne missy cori pricilla kristal elyse haydee aletha marge
filomena harriette caridad vada aretha pearline marjory evette elouise damaris catharine
belva nakia marlena luanne lorine karon dorene danita brenna louann julianna andria
philomena lucila dovie romona mimi jacquelin gaye tonja misti chastity stacia roxann nikita
velda marlys johnna ivonne hayley nicki majorie herlinda yadira perla gregoria antonette
shelli mozelle joelle josette chiquita trista laquita candi shanon stephany magda richelle
oleta jacque idella suzanna tosha nereida marlyn kyla delfina tena stephenie sabina gertie
darleen sharonda shantel belen venessa rosalina genoveva clementine rosalba georgianna floy
dorcas theda juli jesica vikki verla roselyn melvina jannette ginny debrah corrie violeta
myrtis latricia charleen anissa twyla nedra latonia hellen annamarie adell sharyn niki
lizette lindy kesha jeana danelle charline valorie lia dortha cristal gerri debi andra
keshia eulalia dulce natividad linnie kami georgie catina alda sharla ruthann meaghan
magdalene lissette adelaida venita trena shirlene elizebeth dian shanta latosha rosina
mariann leisa jonnie dawna cathie laureen janeen holli vickey teressa shante rubye marcelina
chanda terese marnie lulu lisette jeniffer elenor dorinda donita bernita altagracia aleta
adrianna zoraida nicola lyndsey chrissy ami starla phylis phuong kyra charisse blanch
sanjuanita rona nanci marilee maranda brigette sanjuana marita kassandra joycelyn felipa
chelsie bonny mireya lorenza kyong sherie leatrice lakeshia edie bambi marylin lavon
hortense garnet tressa shayna lavina kyung jeanetta shara phyliss mittie anabel alesia
tawanda joanie tiffanie lashanda karissa enriqueta daniella corinna alanna abbey roxane
roseanna magnolia lida joellen carleen tresa peggie nila maybelle jenelle carina marquerite
margarette josephina evonne cinthia albina toya tawnya sherita myriam lizabeth keely jenni
cheryle ardith ardis alesha adriane shaina karolyn felisha dori darci artie armida zola
vergie shamika nena nannette maxie lovie jeane jaimie inge farrah caitlyn felicitas cherly
caryl yolonda teena prudence pennie nydia orpha lizbeth laurette jerrie hermelinda carolee
tierra mirian melony kori jennette susannah salina joleen cristine aracely tomeka shalonda
marti lacie kala brittani zona syble sherryl nidia marlo kandice kandi deb alycia ronna
norene christel audry zora trish stephaine shirlee shanika melonie mazie jazmin inga hettie
geralyn fonda adella milissa golda evon ethelyn enedina cherise velva tawanna sade mirta
karie jacinta davina cierra ashlie albertha tanesha stephani nelle mindi lorinda florene
demetra dedra chantelle ashly suzy rosalva lyda leatha kristan karri darline darcie cinda
cherrie awilda almeda rolanda lanette jerilyn gisele evalyn cyndi cleta carin zina zena
velia tanika charissa lavonda kathlene jonna idalia candis candance brandee anitra alida
nicolette maryjo linette christiana alexia tressie modesta lita gladis evelia davida cherri
ashely annabel wanita shirly rosaura hulda yetta verona sibyl shannan mechelle leandra lani
kylee kandy jolynn ferne eboni corene alysia zula moira lyndsay lorretta jammie gaynell
adria vina vicenta tangela stephine norine nella liana leslee kimberely felica emogene
eartha carma bea lennie jacalyn carlota otilia kirstin kacey johnetta joetta jeraldine
jaunita elana dorthea cami amada adelia vernita renea ouida nilsa meryl kristyn julieta
danica breanne aurea anglea sherron lorelei leesa kenna kathlyn charlette suzie shantell
sabra racquel myong lavada juliann elvera delphia charolette carri angella ninfa leda
stefani shanell machelle lissa kecia kathryne karlene julissa jettie jenniffer corrina
carolann tess rosaria myrtice marylee liane kenyatta judie janey elmira eldora denna cristi
cathi zaida vonnie vernie rosaline lesli felice deneen wynona tarsha sheron shanita shandra
pinkie nelida laurene laci joi janene dorotha daniele dani carolynn carlyn berenice alethea
thersa rufina mozell marylyn kathyrn kasandra kandace janae domenica debbra dannielle buffy
barbie arcelia aja zenobia sharen sharee kacie jackeline felisa emelia eleanora cythia
cristin claribel anastacia zulma zandra tenisha susann sherilyn shawanda linsey isela gretta
georgetta eugenie desirae delora anika willene tracee tamatha nichelle mickie maegan lanita
kelsie edelmira bree afton tamie shena meg keli kaci danyelle albertine adelle tiffiny
nicolasa nichol nakisha maira loreen kizzy christene bobbye rubie roni queenie margarett
kimberli idell hilma evelina esta emilee dennise dania carie rikki particia luvenia loree
loni gigi denita billye tomika sharita rana nikole neoma margarite madalyn lucina kali
jenette gabriele evelyne elenora clementina alejandrina zulema violette vannessa thresa
retta noella nickie jonell suzann laverna keesha kattie gia georgene eveline estell elizbeth
vallie trudie magaly madie kenyetta karren janetta hermine drucilla debbi celestina candie
britni beckie zita vernetta trudi pearle patrina ossie nicolle loyce letty joselyn jonelle
jenell iesha heide florinda flo elodia dorine brunilda ashli ardella twana tarah shavon
serina rayna ramonita margurite lucrecia kourtney kati jesenia crista alica alia vinnie
suellen romelia rachell olympia kathaleen jolie jessi janessa elease carletta britany salome
rosamond regena raina nelia louvenia lesia latrina laticia larhonda jina jacki emmy deeann
coretta arnetta neta mikki micki lonna leana lashunda kiley joye jacqulyn ignacia henriette
elayne delinda dahlia coreen consuela babette ayanna anette albertina skye shawnee shaneka
quiana pamelia merri merlene kiesha kiera kaylene jodee jenise erlene emmie dalila daisey
casie belia babara versie vanesa shelba shawnda nikia naoma marna margeret madaline lawana
kindra jazmine janett glendora freeda frederica florance flavia carline beverlee anjanette
valda tamala shonna sarina oneida merilyn lurline lenna katherin jeni glady farah enola
dominque devona delana cecila caprice alysha alethia vena theresia tawny shakira samara
pamella marni malisa ligia lera latoria larae kimber kathern karey jennefer janeth fredia
delisa debroah ciera andree altha vivan terresa tanna sudie salena ronni rebbecca myrtie
maida leonarda kayleigh ethyl ellyn dayle cammie brittni avelina asuncion tyesha tonie
tiesha
"""
